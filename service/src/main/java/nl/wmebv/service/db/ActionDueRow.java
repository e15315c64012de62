package nl.wmebv.service.db;

/**
 * Per cluster (0: products without a cluster) the open actions past their deadline and those due
 * soon.
 */
public record ActionDueRow(long clusterId, long overdue, long dueSoon) {}
