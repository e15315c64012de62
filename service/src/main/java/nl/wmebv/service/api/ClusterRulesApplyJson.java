package nl.wmebv.service.api;

import java.util.List;

/**
 * The answer of applying the cluster rules again: how many products move (or moved) and from where
 * to where.
 */
public record ClusterRulesApplyJson(int moved, List<Move> products) {
  /** One product that the rules put in another cluster (a null id: no cluster). */
  public record Move(long productId, String name, Long fromClusterId, Long toClusterId) {}
}
