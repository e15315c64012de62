package nl.wmebv.service.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What a crawl run changed (from the audit trail) and saw change (from its page observations) on
 * products.
 */
@RegisterConstructorMapper(CrawlChangeRow.class)
public interface CrawlChangeDao {
  /**
   * The crawler's events in the run's time window on products whose page is on the run's site, in
   * order.
   */
  @SqlQuery(
      """
      SELECT e.event, p.id AS product_id, p.name, pg.url,
             e.changes -> 'detectedChannelStatus' ->> 'from' AS from_value,
             e.changes -> 'detectedChannelStatus' ->> 'to' AS to_value
      FROM crawl_run r
      JOIN site s ON s.id = r.site_id
      JOIN audit_event e ON e.municipality_id = s.municipality_id
           AND e.at >= r.started_at AND e.at <= COALESCE(r.finished_at, now())
      JOIN product p ON p.id = e.product_id
      JOIN page pg ON pg.id = p.page_id AND pg.site_id = r.site_id
      WHERE r.id = :runId AND e.actor = 'crawler'
        AND e.event IN ('product.created', 'product.channel_changed', 'product.gone')
      ORDER BY e.at, e.id""")
  List<CrawlChangeRow> crawlerEvents(long runId);

  /**
   * Product pages that answered 404/410 in this run where their previous observation did not (HTTP
   * statuses).
   */
  @SqlQuery(
      """
      SELECT NULL AS event, p.id AS product_id, p.name, pg.url,
             prev.http_status::text AS from_value, o.http_status::text AS to_value
      FROM page_observation o
      JOIN page pg ON pg.id = o.page_id
      JOIN product p ON p.page_id = pg.id
      CROSS JOIN LATERAL (SELECT x.http_status FROM page_observation x
                          WHERE x.page_id = o.page_id AND x.id < o.id ORDER BY x.id DESC LIMIT 1) prev
      WHERE o.crawl_run_id = :runId AND o.http_status IN (404, 410) AND prev.http_status NOT IN (404, 410)
      ORDER BY p.name, p.id""")
  List<CrawlChangeRow> pagesGone(long runId);

  /**
   * Product pages fetched in this run with another content hash than their previous one (the
   * hashes).
   */
  @SqlQuery(
      """
      SELECT NULL AS event, p.id AS product_id, p.name, pg.url,
             prev.content_hash AS from_value, o.content_hash AS to_value
      FROM page_observation o
      JOIN page pg ON pg.id = o.page_id
      JOIN product p ON p.page_id = pg.id
      CROSS JOIN LATERAL (SELECT x.content_hash FROM page_observation x
                          WHERE x.page_id = o.page_id AND x.id < o.id AND x.content_hash IS NOT NULL
                          ORDER BY x.id DESC LIMIT 1) prev
      WHERE o.crawl_run_id = :runId AND o.http_status = 200 AND o.content_hash IS NOT NULL
        AND o.content_hash <> prev.content_hash
      ORDER BY p.name, p.id""")
  List<CrawlChangeRow> textChanged(long runId);
}
