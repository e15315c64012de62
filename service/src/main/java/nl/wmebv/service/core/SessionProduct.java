package nl.wmebv.service.core;

/** A product in a session's list: id and name. */
public record SessionProduct(long id, String name) {}
