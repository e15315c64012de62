package nl.wmebv.service.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.CrawlChangesJson;
import nl.wmebv.service.api.CrawlChangesJson.Change;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.CrawlRunRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The change report of a crawl, computed from what the crawl stored (so it is always there and always agrees
 * with the product history):
 * <ul>
 *   <li>from the audit trail, events by the crawler in the run's time window on products whose page is on the
 *       run's site: {@code product.created} (new products), {@code product.channel_changed} (gained: to DIGITAL
 *       from anything else; lost: from DIGITAL to NOT_DIGITAL or NONE; broken: to BROKEN) and
 *       {@code product.gone} (the page answered 404/410 on two crawls in a row);</li>
 *   <li>from this run's page observations of product pages: a page that answered 404/410 where its previous
 *       observation did not (pages gone, first sighting), and a page fetched with a content hash other than its
 *       previous one (text changed).</li>
 * </ul>
 */
public class CrawlChangeReport {
  private static final String WINDOW_EVENTS = """
      SELECT e.event, p.id AS product_id, p.name, pg.url,
             e.changes -> 'detectedChannelStatus' ->> 'from' AS from_status,
             e.changes -> 'detectedChannelStatus' ->> 'to' AS to_status
      FROM crawl_run r
      JOIN site s ON s.id = r.site_id
      JOIN audit_event e ON e.municipality_id = s.municipality_id
           AND e.at >= r.started_at AND e.at <= COALESCE(r.finished_at, now())
      JOIN product p ON p.id = e.product_id
      JOIN page pg ON pg.id = p.page_id AND pg.site_id = r.site_id
      WHERE r.id = :runId AND e.actor = 'crawler'
        AND e.event IN ('product.created', 'product.channel_changed', 'product.gone')
      ORDER BY e.at, e.id""";

  private static final String PAGES_GONE = """
      SELECT p.id AS product_id, p.name, pg.url, prev.http_status AS from_status, o.http_status AS to_status
      FROM page_observation o
      JOIN page pg ON pg.id = o.page_id
      JOIN product p ON p.page_id = pg.id
      CROSS JOIN LATERAL (SELECT x.http_status FROM page_observation x
                          WHERE x.page_id = o.page_id AND x.id < o.id ORDER BY x.id DESC LIMIT 1) prev
      WHERE o.crawl_run_id = :runId AND o.http_status IN (404, 410) AND prev.http_status NOT IN (404, 410)
      ORDER BY p.name, p.id""";

  private static final String TEXT_CHANGED = """
      SELECT p.id AS product_id, p.name, pg.url, prev.content_hash AS from_hash, o.content_hash AS to_hash
      FROM page_observation o
      JOIN page pg ON pg.id = o.page_id
      JOIN product p ON p.page_id = pg.id
      CROSS JOIN LATERAL (SELECT x.content_hash FROM page_observation x
                          WHERE x.page_id = o.page_id AND x.id < o.id AND x.content_hash IS NOT NULL
                          ORDER BY x.id DESC LIMIT 1) prev
      WHERE o.crawl_run_id = :runId AND o.http_status = 200 AND o.content_hash IS NOT NULL
        AND o.content_hash <> prev.content_hash
      ORDER BY p.name, p.id""";

  private final Jdbi jdbi;

  public CrawlChangeReport(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The report of the run; throws {@link UnknownEntityException} for an unknown run. */
  public CrawlChangesJson of(long runId) {
    return jdbi.inTransaction(h -> {
      CrawlRunRow run = h.attach(CrawlRunDao.class).find(runId)
          .orElseThrow(() -> new UnknownEntityException("No crawl run " + runId));
      List<Change> created = new ArrayList<>();
      List<Change> gained = new ArrayList<>();
      List<Change> lost = new ArrayList<>();
      List<Change> broken = new ArrayList<>();
      Map<Long, Change> gone = new LinkedHashMap<>();
      h.createQuery(WINDOW_EVENTS).bind("runId", runId).map((rs, ctx) -> {
        String event = rs.getString("event");
        String from = rs.getString("from_status");
        String to = rs.getString("to_status");
        Change c = new Change(rs.getLong("product_id"), rs.getString("name"), rs.getString("url"), from, to);
        switch (event) {
          case "product.created" -> created.add(c);
          case "product.gone" -> gone.put(c.productId(), new Change(c.productId(), c.name(), c.url(), "present", "gone"));
          default -> {
            if ("DIGITAL".equals(to) && !"DIGITAL".equals(from)) {
              gained.add(c);
            } else if ("DIGITAL".equals(from) && ("NOT_DIGITAL".equals(to) || "NONE".equals(to))) {
              lost.add(c);
            } else if ("BROKEN".equals(to)) {
              broken.add(c);
            }
          }
        }
        return event;
      }).list();
      for (Change c : observed(h, PAGES_GONE, "from_status", "to_status", runId)) {
        gone.putIfAbsent(c.productId(), c);
      }
      List<Change> goneList = new ArrayList<>(gone.values());
      goneList.sort(Comparator.comparing(Change::name).thenComparing(Change::productId));
      return new CrawlChangesJson(run.id(), run.siteId(), run.status(), run.startedAt(), run.finishedAt(), created,
          gained, lost, broken, goneList, observed(h, TEXT_CHANGED, "from_hash", "to_hash", runId));
    });
  }

  private static List<Change> observed(Handle h, String sql, String fromColumn, String toColumn, long runId) {
    return h.createQuery(sql).bind("runId", runId)
        .map((rs, ctx) -> new Change(rs.getLong("product_id"), rs.getString("name"), rs.getString("url"),
            rs.getString(fromColumn), rs.getString(toColumn)))
        .list();
  }
}
