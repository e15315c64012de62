package nl.wmebv.service.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.ActionFilter;
import nl.wmebv.service.api.ActionSort;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The read side of actions across a municipality: "who does what, by when", and the dashboard's
 * deadlines.
 */
public interface ActionListDao extends SqlObject {
  /**
   * Overdue: the deadline has passed (before :today, the Dutch date) and the action is not done.
   */
  String OVERDUE =
      "COALESCE(a.deadline < :today AND a.status <> 'DONE', false)"; // no deadline: never late

  String SELECT =
      """
      SELECT a.id, a.product_id, p.name AS product_name, p.cluster_id, c.name AS cluster_name, a.type,
             a.description, a.owner, a.deadline, a.status,\s"""
          + OVERDUE
          + """
       AS overdue, a.version
      FROM action a JOIN product p ON p.id = a.product_id LEFT JOIN cluster c ON c.id = p.cluster_id""";

  /**
   * The municipality's actions that pass the filter, in its order; {@code today} is the Dutch date.
   */
  default List<ActionListRow> list(long municipalityId, ActionFilter f, LocalDate today) {
    Map<String, Object> args = new HashMap<>();
    args.put("today", today);
    return getHandle()
        .createQuery(SELECT + where(municipalityId, f, args) + " ORDER BY " + orderBy(f.sort()))
        .bindMap(args)
        .map(ConstructorMapper.of(ActionListRow.class))
        .list();
  }

  /**
   * Per cluster the open actions overdue on {@code today} and those due from today up to {@code
   * until}.
   */
  @SqlQuery(
      """
      SELECT COALESCE(p.cluster_id, 0) AS cluster_id,
             count(*) FILTER (WHERE a.deadline < :today) AS overdue,
             count(*) FILTER (WHERE a.deadline >= :today AND a.deadline <= :until) AS due_soon
      FROM action a JOIN product p ON p.id = a.product_id
      WHERE p.municipality_id = :municipalityId AND a.status <> 'DONE' AND a.deadline <= :until
      GROUP BY 1""")
  @RegisterConstructorMapper(ActionDueRow.class)
  List<ActionDueRow> dueByCluster(long municipalityId, LocalDate today, LocalDate until);

  /** Builds the WHERE clause from fixed fragments; every value is a bound parameter. */
  private static String where(long municipalityId, ActionFilter f, Map<String, Object> args) {
    List<String> and = new ArrayList<>(List.of("p.municipality_id = :municipalityId"));
    args.put("municipalityId", municipalityId);
    if (f.owner() != null) {
      and.add("lower(btrim(a.owner)) = lower(btrim(:owner))");
      args.put("owner", f.owner());
    }
    if (f.status() != null) {
      and.add("a.status = :status");
      args.put("status", f.status());
    }
    if (f.overdue() != null) {
      and.add(f.overdue() ? OVERDUE : "NOT " + OVERDUE);
    }
    if (f.deadlineBefore() != null) {
      and.add("a.deadline < :deadlineBefore");
      args.put("deadlineBefore", f.deadlineBefore());
    }
    if (f.clusterId() != null) {
      and.add(f.clusterId() == 0 ? "p.cluster_id IS NULL" : "p.cluster_id = :clusterId");
      args.put("clusterId", f.clusterId());
    }
    return " WHERE " + String.join(" AND ", and.stream().map(c -> "(" + c + ")").toList());
  }

  /**
   * The ORDER BY clause (without the keywords); the SQL comes from here, never from the request.
   */
  static String orderBy(ActionSort sort) {
    return switch (sort) {
      case DEADLINE -> "a.deadline NULLS LAST, lower(p.name), a.id";
      case OWNER -> "lower(btrim(a.owner)) NULLS LAST, a.deadline NULLS LAST, a.id";
      case PRODUCT -> "lower(p.name), a.deadline NULLS LAST, a.id";
    };
  }
}
