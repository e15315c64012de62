package nl.wmebv.service.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Crawl runs; the database allows one RUNNING run per site. */
@RegisterConstructorMapper(CrawlRunRow.class)
public interface CrawlRunDao {
  String COLUMNS =
      "id, site_id, status, started_at, finished_at, pages, errors, skipped, queued, state::text AS state, failure";

  @SqlQuery("INSERT INTO crawl_run (site_id) VALUES (:siteId) RETURNING " + COLUMNS)
  CrawlRunRow start(long siteId);

  @SqlQuery("SELECT " + COLUMNS + " FROM crawl_run WHERE id = :id")
  Optional<CrawlRunRow> find(long id);

  @SqlQuery("SELECT " + COLUMNS + " FROM crawl_run WHERE site_id = :siteId ORDER BY started_at DESC, id DESC LIMIT :limit")
  List<CrawlRunRow> listBySite(long siteId, int limit);

  @SqlUpdate("""
      UPDATE crawl_run SET pages = :pages, errors = :errors, skipped = :skipped, queued = :queued,
                           heartbeat_at = now()
      WHERE id = :id""")
  int progress(long id, int pages, int errors, int skipped, int queued);

  @SqlUpdate("UPDATE crawl_run SET state = CAST(:state AS jsonb) WHERE id = :id")
  int checkpoint(long id, String state);

  @SqlUpdate("""
      UPDATE crawl_run SET status = :status, finished_at = now(), failure = :failure
      WHERE id = :id AND status = 'RUNNING'""")
  int finish(long id, String status, String failure);

  @SqlUpdate("""
      UPDATE crawl_run SET status = 'RUNNING', finished_at = NULL, failure = NULL, heartbeat_at = now()
      WHERE id = :id AND status = 'STOPPED'""")
  int resume(long id);

  /** The runs this process is crawling are alive. */
  @SqlUpdate("UPDATE crawl_run SET heartbeat_at = now() WHERE id IN (<ids>) AND status = 'RUNNING'")
  int beat(@BindList("ids") List<Long> ids);

  /**
   * Runs left RUNNING by a process that died (no heartbeat for {@code staleSeconds}) are marked STOPPED, so
   * they can be resumed; a run another live instance is crawling keeps beating and is left alone.
   */
  @SqlUpdate("""
      UPDATE crawl_run SET status = 'STOPPED', failure = 'interrupted: no heartbeat (crash or restart)'
      WHERE status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => :staleSeconds)""")
  int stopOrphans(int staleSeconds);
}
