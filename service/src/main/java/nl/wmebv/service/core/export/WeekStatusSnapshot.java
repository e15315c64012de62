package nl.wmebv.service.core.export;

import nl.wmebv.service.core.DutchTime;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code product_week_status} filled: every product's channel status as of the end of each completed ISO
 * week, stored for the weeks in which it changed, up to the last week that ended at least a day ago.
 *
 * <p>It only speeds up {@link InventoryExport#progress}: that query computes whatever the snapshot does not cover
 * (a product without a snapshot, one linked to another page since, the weeks after the snapshot) from the audit
 * trail and the observations, with {@link #STATUS_AT_WEEK_END} as here, so the figures never depend on a fill
 * having run. A fill runs once a week per municipality (the first request after a week is done) and then also
 * recomputes the products linked to another page since. One fill at a time per municipality (an advisory lock):
 * service instances sharing the database can race for it, the others skip it, and its inserts tolerate rows
 * that exist already (ON CONFLICT).
 */
public class WeekStatusSnapshot {
  private static final Logger LOG = LoggerFactory.getLogger(WeekStatusSnapshot.class);

  /**
   * A product's channel status as of the end of a completed week, the definition of the weekly progress: the
   * latest channelStatusOverride change in the audit trail before the week's end, else the detector's verdict at
   * the latest observation of the product's page before it. Needs {@code p.id}, {@code p.page_id} and
   * {@code w.week_end}.
   */
  static final String STATUS_AT_WEEK_END = """
      COALESCE(
          (SELECT e.changes -> 'channelStatusOverride' ->> 'to' FROM audit_event e
           WHERE e.product_id = p.id AND e.changes -> 'channelStatusOverride' IS NOT NULL AND e.at < w.week_end
           ORDER BY e.at DESC, e.id DESC LIMIT 1),
          (SELECT o.channel_status FROM page_observation o
           WHERE o.page_id = p.page_id AND o.channel_status IS NOT NULL AND o.observed_at < w.week_end
           ORDER BY o.observed_at DESC, o.id DESC LIMIT 1))""";

  // The last week to store: one that ended a day ago. now() is a transaction's start, so a statement that began
  // before a week's end may still commit rows stamped inside it for as long as its transaction runs.
  private static final String LAST_WEEK = """
      SELECT date_trunc('week', (now() - interval '1 day') AT TIME ZONE :zone) - interval '1 week' AS week_start""";

  private static final String DUE = "SELECT NOT EXISTS (SELECT FROM municipality_week_snapshot WHERE municipality_id = :m"
      + " AND through_week >= (" + LAST_WEEK + "))";

  // A product linked to another page since (or whose page was deleted): its stored weeks no longer hold.
  private static final String DROP_STALE = """
      WITH stale AS (
        DELETE FROM product_week_snapshot s USING product p
        WHERE p.id = s.product_id AND p.municipality_id = :m AND s.page_id IS DISTINCT FROM p.page_id
        RETURNING s.product_id)
      DELETE FROM product_week_status r USING stale WHERE r.product_id = stale.product_id""";

  // Per product the weeks after its snapshot (from the week it was created, if later) up to the last week; a row
  // where the status differs from the week before (for the first new week: the latest stored one). One statement,
  // so the page the statuses are computed with is the page recorded with them.
  private static final String EXTEND = "WITH last AS (" + LAST_WEEK + """
      ), todo AS (
        SELECT p.id, p.page_id, GREATEST(s.through_week + 7, date_trunc('week', p.created_at AT TIME ZONE :zone)) AS from_week,
               (SELECT r.status FROM product_week_status r WHERE r.product_id = p.id AND r.week_start <= s.through_week
                ORDER BY r.week_start DESC LIMIT 1) AS status_before
        FROM product p CROSS JOIN last LEFT JOIN product_week_snapshot s ON s.product_id = p.id
        WHERE p.municipality_id = :m AND p.created_at < (last.week_start + interval '1 week') AT TIME ZONE :zone
          AND (s.product_id IS NULL OR (s.through_week < last.week_start AND s.page_id IS NOT DISTINCT FROM p.page_id))
      ), statuses AS (
        SELECT p.id, w.week_start, p.status_before,\s""" + STATUS_AT_WEEK_END + """
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

  private static final String DONE = "INSERT INTO municipality_week_snapshot (municipality_id, through_week) SELECT :m, ("
      + LAST_WEEK + ")::date ON CONFLICT (municipality_id) DO UPDATE SET through_week = excluded.through_week";

  private final Jdbi jdbi;

  public WeekStatusSnapshot(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Brings the municipality's snapshot up to the last completed week; a one-row lookup when that was done already.
   * A failure is logged and otherwise ignored: the progress query then computes the missing weeks itself.
   */
  public void fill(long municipalityId) {
    try {
      boolean due = jdbi.withHandle(h -> h.createQuery(DUE).bind("m", municipalityId)
          .bind("zone", DutchTime.ZONE.getId()).mapTo(Boolean.class).one());
      if (due) {
        jdbi.useTransaction(h -> {
          // another request or instance filling it already: this one computes the missing weeks meanwhile
          if (!h.createQuery("SELECT pg_try_advisory_xact_lock(hashtextextended('product_week_status', :m))")
              .bind("m", municipalityId).mapTo(Boolean.class).one()) {
            return;
          }
          h.createUpdate(DROP_STALE).bind("m", municipalityId).execute();
          h.createUpdate(EXTEND).bind("m", municipalityId).bind("zone", DutchTime.ZONE.getId()).execute();
          h.createUpdate(DONE).bind("m", municipalityId).bind("zone", DutchTime.ZONE.getId()).execute();
        });
      }
    } catch (JdbiException e) {
      LOG.warn("Could not fill the weekly status snapshot of municipality {}; computing it per request", municipalityId, e);
    }
  }
}
