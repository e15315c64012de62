package nl.wmebv.service.db;

/** A row of cluster_rule: a regex on a product's URL, name or uniform name that puts it in a cluster. */
public record ClusterRuleRow(long id, long municipalityId, long clusterId, String kind, String pattern, int position) {}
