package nl.wmebv.service.api;

/** A gemeentelijk cluster. */
public record ClusterJson(long id, String name, int position) {}
