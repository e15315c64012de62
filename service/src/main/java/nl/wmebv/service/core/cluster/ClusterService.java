package nl.wmebv.service.core.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.ClusterRuleJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.JsonRows;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.product.Changes;
import nl.wmebv.service.core.product.ProductService;
import nl.wmebv.service.db.AuditDao;
import nl.wmebv.service.db.ClusterDao;
import nl.wmebv.service.db.ClusterEditDao;
import nl.wmebv.service.db.ClusterRow;
import nl.wmebv.service.db.ClusterRuleDao;
import nl.wmebv.service.db.ClusterRuleRow;
import nl.wmebv.service.db.ProductHistoryDao;
import nl.wmebv.service.db.UniqueViolation;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Edits a municipality's clusters and cluster rules, each change audited in the same transaction.
 */
public class ClusterService {
  private final Jdbi jdbi;
  private final ObjectMapper json;

  public ClusterService(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.json = json;
  }

  public ClusterJson create(long municipalityId, String name, Integer position, String actor) {
    try {
      return jdbi.inTransaction(
          h -> {
            ProductService.requireMunicipality(h, municipalityId);
            ClusterRow c = h.attach(ClusterEditDao.class).insert(municipalityId, name, position);
            audit(
                h,
                municipalityId,
                "cluster",
                c.id(),
                "cluster.created",
                new Changes().diff("name", null, c.name()).diff("position", null, c.position()),
                actor);
            return new ClusterJson(c.id(), c.name(), c.position());
          });
    } catch (RuntimeException e) {
      if (UniqueViolation.isCause(e)) {
        throw new ConflictException(
            "This municipality already has a cluster named \"" + name + "\"",
            "Er is al een cluster met de naam “" + name + "”.");
      }
      throw e;
    }
  }

  /**
   * Renames and/or moves a cluster (a null leaves that field as it is); audited with exactly the
   * fields that changed. No version: see README (last writer wins on these two labels; the audit
   * trail shows both edits).
   */
  public ClusterJson update(
      long municipalityId, long clusterId, String name, Integer position, String actor) {
    try {
      return jdbi.inTransaction(
          h -> {
            ClusterRow before = cluster(h, municipalityId, clusterId);
            ClusterRow after =
                h.attach(ClusterEditDao.class)
                    .update(municipalityId, clusterId, name, position)
                    .orElseThrow(
                        () ->
                            new UnknownEntityException(
                                "No cluster with id "
                                    + clusterId
                                    + " in municipality "
                                    + municipalityId));
            Changes changes =
                new Changes()
                    .diff("name", before.name(), after.name())
                    .diff("position", before.position(), after.position());
            if (!changes.isEmpty()) {
              audit(h, municipalityId, "cluster", clusterId, "cluster.updated", changes, actor);
            }
            return new ClusterJson(after.id(), after.name(), after.position());
          });
    } catch (RuntimeException e) {
      if (UniqueViolation.isCause(e)) {
        throw new ConflictException(
            "This municipality already has a cluster named \"" + name + "\"",
            "Er is al een cluster met de naam “" + name + "”.");
      }
      throw e;
    }
  }

  /**
   * Deletes an empty cluster (and its rules); a cluster that still holds products is refused, and
   * so is one with cluster sessions (their decisions would go with it).
   */
  public void delete(long municipalityId, long clusterId, String actor) {
    jdbi.useTransaction(
        h -> {
          ClusterRow c = cluster(h, municipalityId, clusterId);
          long products = h.attach(ProductHistoryDao.class).countProductsInCluster(clusterId);
          if (products > 0) {
            throw new ConflictException(
                "Cluster "
                    + clusterId
                    + " still holds "
                    + products
                    + " product(s); move them to another cluster first",
                "Dit cluster bevat nog "
                    + products
                    + " product(en); verplaats die eerst naar een ander cluster.");
          }
          long sessions = h.attach(ClusterEditDao.class).countSessions(clusterId);
          if (sessions > 0) {
            throw new ConflictException(
                "Cluster "
                    + clusterId
                    + " has "
                    + sessions
                    + " cluster session(s); delete the"
                    + " planned ones first (a started or finished session keeps its cluster and decisions)",
                "Dit cluster heeft "
                    + sessions
                    + " clustersessie(s). Verwijder eerst de geplande sessies; een gestarte"
                    + " of afgeronde sessie houdt haar cluster en besluiten.");
          }
          h.attach(ClusterEditDao.class).delete(municipalityId, clusterId);
          audit(
              h,
              municipalityId,
              "cluster",
              clusterId,
              "cluster.deleted",
              new Changes().diff("name", c.name(), null).diff("position", c.position(), null),
              actor);
        });
  }

  /** The municipality's clusters in their order. */
  public List<ClusterJson> clusters(long municipalityId) {
    return jdbi.withHandle(h -> h.attach(ClusterDao.class).list(municipalityId)).stream()
        .map(c -> new ClusterJson(c.id(), c.name(), c.position()))
        .toList();
  }

  public List<ClusterRuleJson> rules(long municipalityId) {
    return jdbi.withHandle(
        h -> {
          ProductService.requireMunicipality(h, municipalityId);
          return h.attach(ClusterRuleDao.class).list(municipalityId).stream()
              .map(JsonRows::clusterRule)
              .toList();
        });
  }

  /**
   * Null when the pattern is valid for the rule kind (a regex for the regex kinds), else what is
   * wrong.
   */
  public static String patternError(String kind, String pattern) {
    if ("WORDS".equals(kind)) {
      return ClusterWords.parse(pattern).isEmpty() ? "no words" : null;
    }
    if ("URL_PREFIX".equals(kind)) {
      return pattern.strip().startsWith("/") ? null : "a URL prefix starts with /";
    }
    try {
      Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      return null;
    } catch (PatternSyntaxException e) {
      return e.getDescription() + " near index " + e.getIndex();
    }
  }

  private static void requireValidPattern(String kind, String pattern) {
    String error = patternError(kind, pattern);
    if (error != null) {
      throw new InvalidInputException("pattern is not a valid regular expression: " + error);
    }
  }

  private static void requireCluster(Handle h, long municipalityId, long clusterId) {
    if (h.attach(ClusterEditDao.class).find(municipalityId, clusterId).isEmpty()) {
      throw new InvalidInputException(
          "clusterId " + clusterId + " is not a cluster of this municipality");
    }
  }

  public ClusterRuleJson createRule(
      long municipalityId,
      long clusterId,
      String kind,
      String pattern,
      int position,
      String actor) {
    requireValidPattern(kind, pattern);
    return jdbi.inTransaction(
        h -> {
          ProductService.requireMunicipality(h, municipalityId);
          requireCluster(h, municipalityId, clusterId);
          ClusterRuleRow r =
              h.attach(ClusterRuleDao.class)
                  .insert(municipalityId, clusterId, kind, pattern, position);
          audit(
              h,
              municipalityId,
              "cluster_rule",
              r.id(),
              "cluster_rule.created",
              ruleChanges(null, r),
              actor);
          return JsonRows.clusterRule(r);
        });
  }

  /**
   * Changes a rule in place (a null leaves that field as it is), validated like a new rule and
   * audited.
   */
  public ClusterRuleJson updateRule(
      long municipalityId,
      long ruleId,
      Long clusterId,
      String kind,
      String pattern,
      Integer position,
      String actor) {
    return jdbi.inTransaction(
        h -> {
          ProductService.requireMunicipality(h, municipalityId);
          ClusterRuleDao rules = h.attach(ClusterRuleDao.class);
          ClusterRuleRow before =
              rules
                  .find(municipalityId, ruleId)
                  .orElseThrow(
                      () ->
                          new UnknownEntityException(
                              "No cluster rule with id "
                                  + ruleId
                                  + " in municipality "
                                  + municipalityId));
          if (pattern != null || kind != null) {
            requireValidPattern(
                kind != null ? kind : before.kind(), pattern != null ? pattern : before.pattern());
          }
          if (clusterId != null) {
            requireCluster(h, municipalityId, clusterId);
          }
          ClusterRuleRow after =
              rules
                  .update(municipalityId, ruleId, clusterId, kind, pattern, position)
                  .orElseThrow();
          Changes changes = ruleChanges(before, after);
          if (!changes.isEmpty()) {
            audit(
                h, municipalityId, "cluster_rule", ruleId, "cluster_rule.updated", changes, actor);
          }
          return JsonRows.clusterRule(after);
        });
  }

  public void deleteRule(long municipalityId, long ruleId, String actor) {
    jdbi.useTransaction(
        h -> {
          ProductService.requireMunicipality(h, municipalityId);
          ClusterRuleRow r =
              h.attach(ClusterRuleDao.class).list(municipalityId).stream()
                  .filter(x -> x.id() == ruleId)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new UnknownEntityException(
                              "No cluster rule with id "
                                  + ruleId
                                  + " in municipality "
                                  + municipalityId));
          h.attach(ClusterRuleDao.class).delete(municipalityId, ruleId);
          audit(
              h,
              municipalityId,
              "cluster_rule",
              ruleId,
              "cluster_rule.deleted",
              ruleChanges(r, null),
              actor);
        });
  }

  private static ClusterRow cluster(Handle h, long municipalityId, long clusterId) {
    ProductService.requireMunicipality(h, municipalityId);
    return h.attach(ClusterEditDao.class)
        .find(municipalityId, clusterId)
        .orElseThrow(
            () ->
                new UnknownEntityException(
                    "No cluster with id " + clusterId + " in municipality " + municipalityId));
  }

  private static Changes ruleChanges(ClusterRuleRow from, ClusterRuleRow to) {
    return new Changes()
        .diff(
            "clusterId", from == null ? null : from.clusterId(), to == null ? null : to.clusterId())
        .diff("kind", from == null ? null : from.kind(), to == null ? null : to.kind())
        .diff("pattern", from == null ? null : from.pattern(), to == null ? null : to.pattern())
        .diff("position", from == null ? null : from.position(), to == null ? null : to.position());
  }

  private void audit(
      Handle h, long municipalityId, String type, long id, String event, Changes c, String actor) {
    h.attach(AuditDao.class).append(municipalityId, null, type, id, event, actor, c.toJson(json));
  }
}
