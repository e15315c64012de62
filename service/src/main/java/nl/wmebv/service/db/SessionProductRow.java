package nl.wmebv.service.db;

/** A product in a session's list: id and name. */
public record SessionProductRow(long id, String name) {}
