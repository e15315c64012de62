package nl.wmebv.service.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The failed and skipped URLs of a crawl run, read from its page observations. */
public interface CrawlProblemDao {
  /** Failed URLs first, then skipped ones, each by URL; at most {@code limit}. */
  @SqlQuery(
      """
      SELECT p.url, o.http_status, o.error, o.skipped
      FROM page_observation o JOIN page p ON p.id = o.page_id
      WHERE o.crawl_run_id = :runId AND o.error IS NOT NULL
      ORDER BY o.skipped, p.url
      LIMIT :limit""")
  @RegisterConstructorMapper(CrawlProblemRow.class)
  List<CrawlProblemRow> list(long runId, int limit);

  @SqlQuery(
      """
      SELECT count(*) AS observed,
             count(*) FILTER (WHERE http_status = 304 AND error IS NULL) AS unchanged,
             count(*) FILTER (WHERE error IS NOT NULL AND NOT skipped) AS failed,
             count(*) FILTER (WHERE error IS NOT NULL AND skipped) AS skipped
      FROM page_observation WHERE crawl_run_id = :runId""")
  @RegisterConstructorMapper(CrawlOutcomeRow.class)
  CrawlOutcomeRow outcome(long runId);
}
