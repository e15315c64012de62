package nl.wmebv.service.db;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The reads of the exports, for a municipality and an optional cluster ({@code clusterId} null: all
 * of it). The streamed ones use a server-side cursor ({@value #FETCH_SIZE} rows a fetch), which
 * PostgreSQL keeps only inside a transaction: call them on a DAO attached to a transaction's
 * handle. Definitions: core.export.InventoryExport.
 */
public interface ExportDao {
  int FETCH_SIZE = 500;

  /**
   * The products, ordered by cluster as in {@link #SUMMARY}, then by name, each with its leading
   * action.
   */
  String ROWS =
      """
      SELECT p.id, p.name, p.uniform_name, p.cluster_id, c.name AS cluster_name, pg.url,
             p.detected_channel_status, p.channel_status_override,\s"""
          + ProductQueryDao.EFFECTIVE_STATUS
          + """
       AS effective_status,
             (SELECT ch.value ->> 'target'
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(pg.analysis -> 'channels') = 'array'
                                             THEN pg.analysis -> 'channels' ELSE '[]'::jsonb END)
                   WITH ORDINALITY AS ch(value, ord)
              WHERE ch.value ->> 'type' IN ('EFORM_DIGID', 'EFORM_EHERKENNING', 'EFORM_OPEN', 'NATIONAL_PORTAL', 'EMAIL')
              ORDER BY (ch.value -> 'check' ->> 'ok') = 'false', ch.ord LIMIT 1) AS evidence_url,
             p.in_scope, p.message_types,
             a.type AS action_type, a.owner, a.deadline, a.status AS action_status,
             p.text_status, p.needs_review, p.notes, p.owner_email
      FROM product p
      LEFT JOIN cluster c ON c.id = p.cluster_id
      LEFT JOIN page pg ON pg.id = p.page_id
      LEFT JOIN LATERAL (SELECT x.type, x.owner, x.deadline, x.status FROM action x WHERE x.product_id = p.id
                         ORDER BY x.status = 'DONE', CASE WHEN x.status = 'DONE' THEN NULL ELSE x.deadline END
                                  NULLS LAST, x.updated_at DESC, x.id DESC
                         LIMIT 1) a ON true
      WHERE p.municipality_id = :municipalityId AND (CAST(:clusterId AS bigint) IS NULL OR p.cluster_id = :clusterId)
      ORDER BY c.position NULLS LAST, c.name NULLS LAST, c.id NULLS LAST, lower(p.name), p.id""";

  /** Every action of the scope's products, in the products' export order, then by deadline. */
  String ACTIONS =
      """
      SELECT p.name AS product, a.type, a.owner, a.deadline, a.status
      FROM action a
      JOIN product p ON p.id = a.product_id
      LEFT JOIN cluster c ON c.id = p.cluster_id
      WHERE p.municipality_id = :municipalityId AND (CAST(:clusterId AS bigint) IS NULL OR p.cluster_id = :clusterId)
      ORDER BY c.position NULLS LAST, c.name NULLS LAST, c.id NULLS LAST, lower(p.name), p.id, a.deadline NULLS LAST,
               a.id""";

  /**
   * Per cluster of the scope (and the products without one): counts of products, scope, channel,
   * actions, texts.
   */
  String SUMMARY =
      """
      WITH acts AS (
        SELECT x.product_id,
               count(*) FILTER (WHERE x.status = 'OPEN') AS open,
               count(*) FILTER (WHERE x.status = 'IN_PROGRESS') AS in_progress,
               count(*) FILTER (WHERE x.status = 'DONE') AS done
        FROM action x JOIN product p ON p.id = x.product_id
        WHERE p.municipality_id = :municipalityId GROUP BY x.product_id
      ), agg AS (
        SELECT p.cluster_id,
               count(*) AS products,
               count(*) FILTER (WHERE p.in_scope) AS in_scope,
               count(*) FILTER (WHERE p.in_scope AND\s"""
          + ProductQueryDao.EFFECTIVE_STATUS
          + """
       = 'DIGITAL') AS digital,
               COALESCE(sum(acts.open), 0) AS actions_open,
               COALESCE(sum(acts.in_progress), 0) AS actions_in_progress,
               COALESCE(sum(acts.done), 0) AS actions_done,
               count(*) FILTER (WHERE p.text_status = 'NOT_REVIEWED') AS text_not_reviewed,
               count(*) FILTER (WHERE p.text_status = 'NEEDS_REWRITING') AS text_needs_rewriting,
               count(*) FILTER (WHERE p.text_status = 'REWRITTEN') AS text_rewritten,
               count(*) FILTER (WHERE p.text_status = 'APPROVED') AS text_approved
        FROM product p LEFT JOIN acts ON acts.product_id = p.id
        WHERE p.municipality_id = :municipalityId GROUP BY p.cluster_id
      )
      SELECT * FROM (
        SELECT c.id AS cluster_id, c.name AS cluster_name, c.position, agg.products, agg.in_scope, agg.digital,
               agg.actions_open, agg.actions_in_progress, agg.actions_done, agg.text_not_reviewed,
               agg.text_needs_rewriting, agg.text_rewritten, agg.text_approved
        FROM cluster c LEFT JOIN agg ON agg.cluster_id = c.id WHERE c.municipality_id = :municipalityId
        UNION ALL
        SELECT NULL, NULL, NULL, agg.products, agg.in_scope, agg.digital, agg.actions_open, agg.actions_in_progress,
               agg.actions_done, agg.text_not_reviewed, agg.text_needs_rewriting, agg.text_rewritten, agg.text_approved
        FROM agg WHERE agg.cluster_id IS NULL
      ) s
      WHERE CAST(:clusterId AS bigint) IS NULL OR s.cluster_id = :clusterId
      ORDER BY s.position NULLS LAST, s.cluster_name NULLS LAST, s.cluster_id NULLS LAST""";

  /**
   * Per ISO week (Monday to Sunday, Dutch time) from the week of the municipality's first crawl or
   * product to this week, per cluster: the products in scope that existed at the end of that week,
   * and how many of them had a working digital channel then. "Then" is the person's channel status
   * as of the end of the week (the latest channelStatusOverride change in the audit trail before
   * it), else the detector's verdict at the last observation of the product's page before it
   * ({@link WeekStatusDao#STATUS_AT_WEEK_END}); the current week uses the products' state now, so
   * its figures equal the summary. Scope is today's decision (a scope decision applies to the past
   * as well).
   *
   * <p>How, so the cost does not grow with weeks times products: a product's status per week is
   * read from {@code product_week_status} (the weeks it changed in) as far as its snapshot goes and
   * still belongs to its page, and computed by the definition for the weeks after that; a product
   * then adds +1 or -1 to its cluster's digital count in the weeks its status turns DIGITAL or
   * stops being DIGITAL, and +1 to the in-scope count in the week it was created; the counts of a
   * week are the running sums up to it.
   */
  String PROGRESS =
      """
      WITH bounds AS MATERIALIZED (
        SELECT LEAST((SELECT min(r.started_at) FROM crawl_run r JOIN site s ON s.id = r.site_id
                      WHERE s.municipality_id = :municipalityId),
                     (SELECT min(p.created_at) FROM product p WHERE p.municipality_id = :municipalityId)) AS first_at
      ), weeks AS MATERIALIZED (
        SELECT w::date AS week_start, (w + interval '1 week') AT TIME ZONE :zone AS week_end
        FROM bounds, generate_series(date_trunc('week', bounds.first_at AT TIME ZONE :zone),
                                     date_trunc('week', now() AT TIME ZONE :zone), interval '1 week') AS w
        WHERE bounds.first_at IS NOT NULL
      ), scoped AS MATERIALIZED (
        SELECT p.id, p.page_id, p.cluster_id, p.created_at, s.through_week,\s"""
          + ProductQueryDao.EFFECTIVE_STATUS
          + """
       AS status_now
        FROM product p
        LEFT JOIN product_week_snapshot s ON s.product_id = p.id AND s.page_id IS NOT DISTINCT FROM p.page_id
        WHERE p.municipality_id = :municipalityId AND p.in_scope AND (CAST(:clusterId AS bigint) IS NULL OR p.cluster_id = :clusterId)
      ), statuses AS (
        SELECT r.product_id AS id, r.week_start, r.status
        FROM scoped p JOIN product_week_status r ON r.product_id = p.id AND r.week_start <= p.through_week
        UNION ALL
        SELECT p.id, w.week_start, CASE WHEN w.week_end > now() THEN p.status_now ELSE\s"""
          + WeekStatusDao.STATUS_AT_WEEK_END
          + """
       END
        FROM scoped p CROSS JOIN LATERAL (
          SELECT g::date AS week_start, (g + interval '1 week') AT TIME ZONE :zone AS week_end
          FROM generate_series(GREATEST(p.through_week + 7, date_trunc('week', p.created_at AT TIME ZONE :zone)),
                               date_trunc('week', now() AT TIME ZONE :zone), interval '1 week') AS g) w
      ), deltas AS (
        SELECT id, week_start, digital - COALESCE(lag(digital) OVER (PARTITION BY id ORDER BY week_start), 0) AS delta
        FROM (SELECT id, week_start, COALESCE(status = 'DIGITAL', false)::int AS digital FROM statuses) s
      ), events AS (
        SELECT p.cluster_id, d.week_start, 0 AS products, d.delta AS digital
        FROM deltas d JOIN scoped p ON p.id = d.id WHERE d.delta != 0
        UNION ALL
        SELECT p.cluster_id, date_trunc('week', p.created_at AT TIME ZONE :zone)::date, 1, 0 FROM scoped p
      ), per_week AS (
        SELECT cluster_id, week_start, sum(products) AS products, sum(digital) AS digital FROM events GROUP BY 1, 2
      ), totals AS (
        SELECT w.week_start, k.cluster_id,
               sum(COALESCE(e.products, 0)) OVER win AS in_scope, sum(COALESCE(e.digital, 0)) OVER win AS digital
        FROM weeks w CROSS JOIN (SELECT DISTINCT cluster_id FROM scoped) k
        LEFT JOIN per_week e ON e.week_start = w.week_start AND e.cluster_id IS NOT DISTINCT FROM k.cluster_id
        WINDOW win AS (PARTITION BY k.cluster_id ORDER BY w.week_start)
      )
      SELECT to_char(t.week_start::timestamp, 'IYYY-"W"IW') AS iso_week, t.week_start, t.cluster_id,
             c.name AS cluster_name, t.in_scope::bigint AS in_scope, t.digital::bigint AS digital
      FROM totals t LEFT JOIN cluster c ON c.id = t.cluster_id
      WHERE t.in_scope > 0
      ORDER BY t.week_start, c.position NULLS LAST, c.name NULLS LAST, t.cluster_id NULLS LAST""";

  @SqlQuery("SELECT name FROM municipality WHERE id = :id")
  Optional<String> municipalityName(long id);

  @SqlQuery("SELECT name FROM cluster WHERE id = :id AND municipality_id = :municipalityId")
  Optional<String> clusterName(long id, long municipalityId);

  @SqlQuery("SELECT id FROM municipality WHERE lower(name) = lower(:name)")
  Optional<Long> municipalityId(String name);

  @SqlQuery(
      "SELECT id FROM cluster WHERE municipality_id = :municipalityId AND lower(name) = lower(:name)")
  Optional<Long> clusterId(long municipalityId, String name);

  /**
   * Makes the current transaction read-only, for it alone: Handle#setReadOnly would stay on the
   * pooled connection after the handle is closed, and every later transaction on that connection
   * failed ("cannot execute UPDATE in a read-only transaction") until the pool handed out another
   * one.
   */
  @SqlUpdate("SET TRANSACTION READ ONLY")
  void readOnlyTransaction();

  @SqlQuery(ROWS)
  @FetchSize(FETCH_SIZE)
  @RegisterConstructorMapper(ExportProductRow.class)
  Stream<ExportProductRow> rows(long municipalityId, Long clusterId);

  @SqlQuery(ACTIONS)
  @FetchSize(FETCH_SIZE)
  @RegisterConstructorMapper(ExportActionRow.class)
  Stream<ExportActionRow> actions(long municipalityId, Long clusterId);

  @SqlQuery(SUMMARY)
  @RegisterConstructorMapper(ClusterSummaryRow.class)
  List<ClusterSummaryRow> summary(long municipalityId, Long clusterId);

  @SqlQuery(PROGRESS)
  @RegisterConstructorMapper(WeekProgressRow.class)
  List<WeekProgressRow> progress(long municipalityId, Long clusterId, String zone);
}
