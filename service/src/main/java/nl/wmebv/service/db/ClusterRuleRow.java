package nl.wmebv.service.db;

/**
 * A row of cluster_rule: words, a URL prefix, or a regex on a product's URL, name or uniform name.
 */
public record ClusterRuleRow(
    long id, long municipalityId, long clusterId, String kind, String pattern, int position) {}
