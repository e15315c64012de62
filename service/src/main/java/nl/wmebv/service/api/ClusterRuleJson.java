package nl.wmebv.service.api;

import nl.wmebv.service.db.ClusterRuleRow;

/** A rule that puts new products in a cluster: a regex on the URL path, the name or the uniform name. */
public record ClusterRuleJson(long id, long clusterId, String kind, String pattern, int position) {

  public static ClusterRuleJson of(ClusterRuleRow r) {
    return new ClusterRuleJson(r.id(), r.clusterId(), r.kind(), r.pattern(), r.position());
  }
}
