package nl.wmebv.service.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Crawl runs; the database allows one RUNNING run per site. */
@RegisterConstructorMapper(CrawlRunRow.class)
public interface CrawlRunDao {
  String COLUMNS =
      "id, site_id, status, started_at, finished_at, pages, errors, skipped, queued, state::text AS state, failure,"
          + " instance, stop_requested, kind, pages_not_requested";

  @SqlQuery("INSERT INTO crawl_run (site_id) VALUES (:siteId) RETURNING " + COLUMNS)
  CrawlRunRow start(long siteId);

  /**
   * A run of the given kind ('crawl' or 'channel-watch'); the one-RUNNING-run-per-site rule holds
   * for both.
   */
  @SqlQuery("INSERT INTO crawl_run (site_id, kind) VALUES (:siteId, :kind) RETURNING " + COLUMNS)
  CrawlRunRow start(long siteId, String kind);

  /** The site's latest run of one kind, if any. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM crawl_run WHERE site_id = :siteId AND kind = :kind"
          + " ORDER BY started_at DESC, id DESC LIMIT 1")
  Optional<CrawlRunRow> latestOfKind(long siteId, String kind);

  @SqlQuery("SELECT " + COLUMNS + " FROM crawl_run WHERE id = :id")
  Optional<CrawlRunRow> find(long id);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM crawl_run WHERE site_id = :siteId ORDER BY started_at DESC, id DESC LIMIT :limit")
  List<CrawlRunRow> listBySite(long siteId, int limit);

  @SqlUpdate(
      """
      UPDATE crawl_run SET pages = :pages, errors = :errors, skipped = :skipped, queued = :queued
      WHERE id = :id""")
  int progress(long id, int pages, int errors, int skipped, int queued);

  @SqlUpdate("UPDATE crawl_run SET state = CAST(:state AS jsonb) WHERE id = :id")
  int checkpoint(long id, String state);

  @SqlUpdate(
      """
      UPDATE crawl_run SET status = :status, finished_at = now(), failure = :failure
      WHERE id = :id AND status = 'RUNNING'""")
  int finish(long id, String status, String failure);

  /**
   * What a full crawl leaves its site's next crawl: the trap patterns it recognised, and how many
   * known pages it left unasked (the sitemap dated them unchanged).
   */
  @SqlUpdate(
      "UPDATE crawl_run SET trap_patterns = :trapPatterns, pages_not_requested = :pagesNotRequested"
          + " WHERE id = :id")
  int recordRecrawl(long id, String[] trapPatterns, int pagesNotRequested);

  /**
   * The trap patterns of the site's latest full crawl that ended normally (none when there is no
   * such crawl).
   */
  @SqlQuery(
      """
      SELECT unnest(trap_patterns) FROM (
        SELECT trap_patterns FROM crawl_run
        WHERE site_id = :siteId AND kind = 'crawl' AND status IN ('FINISHED', 'PAGE_LIMIT')
        ORDER BY id DESC LIMIT 1) latest""")
  List<String> lastTrapPatterns(long siteId);

  @SqlUpdate(
      """
      UPDATE crawl_run SET status = 'RUNNING', finished_at = NULL, failure = NULL, stop_requested = false,
                           instance = NULL
      WHERE id = :id AND status = 'STOPPED'""")
  int resume(long id);

  /** The site's RUNNING run (queued or crawling), if any: the database allows at most one. */
  @SqlQuery("SELECT " + COLUMNS + " FROM crawl_run WHERE site_id = :siteId AND status = 'RUNNING'")
  Optional<CrawlRunRow> running(long siteId);

  /** The instance that takes the run from the queue. */
  @SqlUpdate("UPDATE crawl_run SET instance = :instance WHERE id = :id AND status = 'RUNNING'")
  int claim(long id, String instance);

  /** Asks the instance that runs the crawl to stop it; 0 when the run is not RUNNING. */
  @SqlUpdate("UPDATE crawl_run SET stop_requested = true WHERE id = :id AND status = 'RUNNING'")
  int requestStop(long id);

  @SqlQuery("SELECT stop_requested FROM crawl_run WHERE id = :id")
  boolean stopRequested(long id);
}
