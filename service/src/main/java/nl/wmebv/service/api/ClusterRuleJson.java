package nl.wmebv.service.api;

/**
 * A rule that puts new products in a cluster: a regex on the URL path, the name or the uniform
 * name.
 */
public record ClusterRuleJson(long id, long clusterId, String kind, String pattern, int position) {}
