package nl.wmebv.service.db;

/** A product as the channel form lists it for choosing: name, cluster name and scope. */
public record ProductOptionRow(long id, String name, String cluster, Boolean inScope) {}
