package nl.wmebv.service.core.session;

/** A product in a session's list: id and name. */
public record SessionProduct(long id, String name) {}
