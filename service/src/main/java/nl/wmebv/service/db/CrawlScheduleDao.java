package nl.wmebv.service.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Crawl schedules, one per site. */
@RegisterConstructorMapper(CrawlScheduleRow.class)
public interface CrawlScheduleDao {
  String COLUMNS =
      """
      site_id, cron, interval_seconds, zone, enabled, next_run_at, last_triggered_at, last_run_id, last_result,
      updated_at, updated_by, watch_interval_seconds, watch_next_run_at, watch_last_run_id, watch_last_result""";

  @SqlQuery("SELECT " + COLUMNS + " FROM crawl_schedule WHERE site_id = :siteId")
  Optional<CrawlScheduleRow> find(long siteId);

  @SqlQuery(
      """
      INSERT INTO crawl_schedule (site_id, cron, interval_seconds, zone, enabled, next_run_at, updated_by,
                                  watch_interval_seconds, watch_next_run_at)
      VALUES (:siteId, :cron, :intervalSeconds, :zone, :enabled, :nextRunAt, :updatedBy, :watchSeconds, :watchNext)
      ON CONFLICT (site_id) DO UPDATE SET cron = EXCLUDED.cron, interval_seconds = EXCLUDED.interval_seconds,
        zone = EXCLUDED.zone, enabled = EXCLUDED.enabled, next_run_at = EXCLUDED.next_run_at,
        updated_at = now(), updated_by = EXCLUDED.updated_by,
        watch_interval_seconds = EXCLUDED.watch_interval_seconds, watch_next_run_at = EXCLUDED.watch_next_run_at
      RETURNING\s"""
          + COLUMNS)
  CrawlScheduleRow save(
      long siteId,
      String cron,
      Long intervalSeconds,
      String zone,
      boolean enabled,
      OffsetDateTime nextRunAt,
      String updatedBy,
      Long watchSeconds,
      OffsetDateTime watchNext);

  /** Schedules whose channel watch is on and due (a NULL next run is due at once), oldest first. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM crawl_schedule WHERE watch_interval_seconds IS NOT NULL"
          + " AND (watch_next_run_at IS NULL OR watch_next_run_at <= :now) ORDER BY watch_next_run_at NULLS FIRST, site_id")
  List<CrawlScheduleRow> watchDue(OffsetDateTime now);

  /**
   * Claims one due watch as {@link #claim} does a crawl: 1 when this check moved its next run on.
   */
  @SqlUpdate(
      """
      UPDATE crawl_schedule SET watch_next_run_at = :next
      WHERE site_id = :siteId AND watch_interval_seconds IS NOT NULL
        AND watch_next_run_at IS NOT DISTINCT FROM :expected""")
  int claimWatch(long siteId, OffsetDateTime expected, OffsetDateTime next);

  @SqlUpdate(
      """
      UPDATE crawl_schedule SET watch_last_run_id = COALESCE(:runId, watch_last_run_id), watch_last_result = :result
      WHERE site_id = :siteId""")
  int recordWatchResult(long siteId, Long runId, String result);

  /** Enabled schedules whose next run has come, oldest first. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM crawl_schedule WHERE enabled AND next_run_at <= :now"
          + " ORDER BY next_run_at, site_id")
  List<CrawlScheduleRow> due(OffsetDateTime now);

  /**
   * Claims one due run: moves next_run_at on only if nobody moved it since it was read, so even two
   * checks running at once (which db-scheduler prevents) would start the crawl once. Returns 1 when
   * claimed.
   */
  @SqlUpdate(
      """
      UPDATE crawl_schedule SET next_run_at = :next, last_triggered_at = now()
      WHERE site_id = :siteId AND enabled AND next_run_at IS NOT DISTINCT FROM :expected""")
  int claim(long siteId, OffsetDateTime expected, OffsetDateTime next);

  @SqlUpdate(
      "UPDATE crawl_schedule SET last_run_id = COALESCE(:runId, last_run_id), last_result = :result WHERE site_id = :siteId")
  int recordResult(long siteId, Long runId, String result);

  /**
   * When the site's latest full crawl started, if it was ever crawled (channel watches do not
   * count).
   */
  @SqlQuery("SELECT max(started_at) FROM crawl_run WHERE site_id = :siteId AND kind = 'crawl'")
  Optional<OffsetDateTime> lastCrawlStart(long siteId);
}
