package nl.wmebv.service.db;

/** A row of the cluster table. */
public record ClusterRow(long id, long municipalityId, String name, int position) {}
