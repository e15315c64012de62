package nl.wmebv.service.core.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.wmebv.service.api.ClusterRulesApplyJson;
import nl.wmebv.service.core.crawl.InventoryMerger;
import nl.wmebv.service.core.product.Changes;
import nl.wmebv.service.core.product.ProductService;
import nl.wmebv.service.db.AuditDao;
import nl.wmebv.service.db.ClusterRuleDao;
import nl.wmebv.service.db.RuleCandidateRow;
import nl.wmebv.service.db.RuleClusterDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a municipality's cluster rules again over its products whose cluster no person chose, as
 * {@link InventoryMerger} does for a new product. A product no rule matches keeps its cluster: the
 * rules put products in clusters, they do not take them out. One transaction, one audit event per
 * moved product.
 */
public class ClusterRulesAgain {
  private final Jdbi jdbi;
  private final ObjectMapper json;

  public ClusterRulesAgain(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.json = json;
  }

  /** What the rules would move ({@code dryRun}, nothing written) or did move. */
  public ClusterRulesApplyJson apply(long municipalityId, boolean dryRun, String actor) {
    return jdbi.inTransaction(
        h -> {
          ProductService.requireMunicipality(h, municipalityId);
          List<ClusterRulesApplyJson.Move> moves = moves(h, municipalityId);
          if (dryRun) {
            return new ClusterRulesApplyJson(moves.size(), moves);
          }
          List<ClusterRulesApplyJson.Move> moved = new ArrayList<>();
          for (ClusterRulesApplyJson.Move m : moves) {
            if (h.attach(RuleClusterDao.class)
                    .move(m.productId(), m.fromClusterId(), m.toClusterId())
                == 1) {
              h.attach(AuditDao.class)
                  .append(
                      municipalityId,
                      m.productId(),
                      "product",
                      m.productId(),
                      "product.cluster_rules_applied",
                      actor,
                      new Changes()
                          .diff("clusterId", m.fromClusterId(), m.toClusterId())
                          .toJson(json));
              moved.add(m);
            }
          }
          return new ClusterRulesApplyJson(moved.size(), moved);
        });
  }

  private static List<ClusterRulesApplyJson.Move> moves(Handle h, long municipalityId) {
    ClusterAssigner rules =
        new ClusterAssigner(h.attach(ClusterRuleDao.class).list(municipalityId));
    List<ClusterRulesApplyJson.Move> moves = new ArrayList<>();
    for (RuleCandidateRow p : h.attach(RuleClusterDao.class).candidates(municipalityId)) {
      Long to = rules.assign(p.url() == null ? "" : p.url(), p.name(), p.uniformName());
      if (to != null && !Objects.equals(to, p.clusterId())) {
        moves.add(new ClusterRulesApplyJson.Move(p.id(), p.name(), p.clusterId(), to));
      }
    }
    return moves;
  }
}
