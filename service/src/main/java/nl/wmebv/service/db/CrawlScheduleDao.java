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
  String COLUMNS = """
      site_id, cron, interval_seconds, zone, enabled, next_run_at, last_triggered_at, last_run_id, last_result,
      updated_at, updated_by""";

  @SqlQuery("SELECT " + COLUMNS + " FROM crawl_schedule WHERE site_id = :siteId")
  Optional<CrawlScheduleRow> find(long siteId);

  @SqlQuery("""
      INSERT INTO crawl_schedule (site_id, cron, interval_seconds, zone, enabled, next_run_at, updated_by)
      VALUES (:siteId, :cron, :intervalSeconds, :zone, :enabled, :nextRunAt, :updatedBy)
      ON CONFLICT (site_id) DO UPDATE SET cron = EXCLUDED.cron, interval_seconds = EXCLUDED.interval_seconds,
        zone = EXCLUDED.zone, enabled = EXCLUDED.enabled, next_run_at = EXCLUDED.next_run_at,
        updated_at = now(), updated_by = EXCLUDED.updated_by
      RETURNING\s""" + COLUMNS)
  CrawlScheduleRow save(long siteId, String cron, Long intervalSeconds, String zone, boolean enabled,
      OffsetDateTime nextRunAt, String updatedBy);

  /** Enabled schedules whose next run has come, oldest first. */
  @SqlQuery("SELECT " + COLUMNS + " FROM crawl_schedule WHERE enabled AND next_run_at <= :now"
      + " ORDER BY next_run_at, site_id")
  List<CrawlScheduleRow> due(OffsetDateTime now);

  /**
   * Claims one due run: moves next_run_at on only if nobody moved it since it was read, so even two checks
   * running at once (which db-scheduler prevents) would start the crawl once. Returns 1 when claimed.
   */
  @SqlUpdate("""
      UPDATE crawl_schedule SET next_run_at = :next, last_triggered_at = now()
      WHERE site_id = :siteId AND enabled AND next_run_at IS NOT DISTINCT FROM :expected""")
  int claim(long siteId, OffsetDateTime expected, OffsetDateTime next);

  @SqlUpdate("UPDATE crawl_schedule SET last_run_id = COALESCE(:runId, last_run_id), last_result = :result WHERE site_id = :siteId")
  int recordResult(long siteId, Long runId, String result);

  /** When the site's latest crawl started, if it was ever crawled. */
  @SqlQuery("SELECT max(started_at) FROM crawl_run WHERE site_id = :siteId")
  Optional<OffsetDateTime> lastCrawlStart(long siteId);
}
