package nl.wmebv.service.db;

import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The weekly status snapshot ({@code product_week_status}, {@code product_week_snapshot}, {@code
 * municipality_week_snapshot}) that speeds up the export's weekly progress;
 * core.export.WeekStatusSnapshot says when it is filled. {@code zone} is the time zone whose weeks
 * are meant (Dutch time).
 */
public interface WeekStatusDao {
  /**
   * A product's channel status as of the end of a completed week, the definition of the weekly
   * progress: the latest channelStatusOverride change in the audit trail before the week's end,
   * else the detector's verdict at the latest observation of the product's page before it. Needs
   * {@code p.id}, {@code p.page_id} and {@code w.week_end}.
   */
  String STATUS_AT_WEEK_END =
      """
      COALESCE(
          (SELECT e.changes -> 'channelStatusOverride' ->> 'to' FROM audit_event e
           WHERE e.product_id = p.id AND e.changes -> 'channelStatusOverride' IS NOT NULL AND e.at < w.week_end
           ORDER BY e.at DESC, e.id DESC LIMIT 1),
          (SELECT o.channel_status FROM page_observation o
           WHERE o.page_id = p.page_id AND o.channel_status IS NOT NULL AND o.observed_at < w.week_end
           ORDER BY o.observed_at DESC, o.id DESC LIMIT 1))""";

  // The last week to store: one that ended a day ago. now() is a transaction's start, so a
  // statement that began
  // before a week's end may still commit rows stamped inside it for as long as its transaction
  // runs.
  String LAST_WEEK =
      """
      SELECT date_trunc('week', (now() - interval '1 day') AT TIME ZONE :zone) - interval '1 week' AS week_start""";

  String DUE =
      "SELECT NOT EXISTS (SELECT FROM municipality_week_snapshot WHERE municipality_id = :municipalityId"
          + " AND through_week >= ("
          + LAST_WEEK
          + "))";

  // A product linked to another page since (or whose page was deleted): its stored weeks no longer
  // hold.
  String DROP_STALE =
      """
      WITH stale AS (
        DELETE FROM product_week_snapshot s USING product p
        WHERE p.id = s.product_id AND p.municipality_id = :municipalityId AND s.page_id IS DISTINCT FROM p.page_id
        RETURNING s.product_id)
      DELETE FROM product_week_status r USING stale WHERE r.product_id = stale.product_id""";

  // Per product the weeks after its snapshot (from the week it was created, if later) up to the
  // last week; a row
  // where the status differs from the week before (for the first new week: the latest stored one).
  // One statement,
  // so the page the statuses are computed with is the page recorded with them.
  String EXTEND =
      "WITH last AS ("
          + LAST_WEEK
          + """
      ), todo AS (
        SELECT p.id, p.page_id, GREATEST(s.through_week + 7, date_trunc('week', p.created_at AT TIME ZONE :zone)) AS from_week,
               (SELECT r.status FROM product_week_status r WHERE r.product_id = p.id AND r.week_start <= s.through_week
                ORDER BY r.week_start DESC LIMIT 1) AS status_before
        FROM product p CROSS JOIN last LEFT JOIN product_week_snapshot s ON s.product_id = p.id
        WHERE p.municipality_id = :municipalityId AND p.created_at < (last.week_start + interval '1 week') AT TIME ZONE :zone
          AND (s.product_id IS NULL OR (s.through_week < last.week_start AND s.page_id IS NOT DISTINCT FROM p.page_id))
      ), statuses AS (
        SELECT p.id, w.week_start, p.status_before,\s"""
          + STATUS_AT_WEEK_END
          + """
       AS status
        FROM todo p CROSS JOIN last
        CROSS JOIN LATERAL (SELECT g::date AS week_start, (g + interval '1 week') AT TIME ZONE :zone AS week_end
                            FROM generate_series(p.from_week, last.week_start, interval '1 week') AS g) w
      ), changes AS (
        SELECT id, week_start, status, CASE WHEN row_number() OVER win = 1 THEN status_before ELSE lag(status) OVER win END AS previous
        FROM statuses WINDOW win AS (PARTITION BY id ORDER BY week_start)
      ), stored AS (
        INSERT INTO product_week_status (product_id, week_start, status)
        SELECT id, week_start, status FROM changes WHERE status IS DISTINCT FROM previous
        ON CONFLICT DO NOTHING
      )
      INSERT INTO product_week_snapshot (product_id, page_id, through_week)
      SELECT t.id, t.page_id, last.week_start::date FROM todo t CROSS JOIN last
      ON CONFLICT (product_id) DO UPDATE SET through_week = excluded.through_week""";

  String DONE =
      "INSERT INTO municipality_week_snapshot (municipality_id, through_week) SELECT :municipalityId, ("
          + LAST_WEEK
          + ")::date ON CONFLICT (municipality_id) DO UPDATE SET through_week = excluded.through_week";

  /** True when the municipality's snapshot does not reach the last week to store yet. */
  @SqlQuery(DUE)
  boolean due(long municipalityId, String zone);

  /**
   * One fill at a time per municipality: true when this transaction got the lock (held until it
   * ends).
   */
  @SqlQuery(
      "SELECT pg_try_advisory_xact_lock(hashtextextended('product_week_status', :municipalityId))")
  boolean tryLock(long municipalityId);

  @SqlUpdate(DROP_STALE)
  void dropStale(long municipalityId);

  @SqlUpdate(EXTEND)
  void extend(long municipalityId, String zone);

  /** Records that the municipality's snapshot reaches the last week to store. */
  @SqlUpdate(DONE)
  void done(long municipalityId, String zone);
}
