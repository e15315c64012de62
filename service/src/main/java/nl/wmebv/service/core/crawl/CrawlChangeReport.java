package nl.wmebv.service.core.crawl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.CrawlChangesJson;
import nl.wmebv.service.api.CrawlChangesJson.Change;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.db.CrawlChangeDao;
import nl.wmebv.service.db.CrawlChangeRow;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.CrawlRunRow;
import org.jdbi.v3.core.Jdbi;

/**
 * The change report of a crawl, computed from what the crawl stored (so it is always there and
 * always agrees with the product history):
 *
 * <ul>
 *   <li>from the audit trail, events by the crawler in the run's time window on products whose page
 *       is on the run's site: {@code product.created} (new products), {@code
 *       product.channel_changed} (gained: to DIGITAL from anything else; lost: from DIGITAL to
 *       NOT_DIGITAL or NONE; broken: to BROKEN) and {@code product.gone} (the page answered 404/410
 *       on two crawls in a row);
 *   <li>from this run's page observations of product pages: a page that answered 404/410 where its
 *       previous observation did not (pages gone, first sighting), and a page fetched with a
 *       content hash other than its previous one (text changed).
 * </ul>
 */
public class CrawlChangeReport {
  private final Jdbi jdbi;

  public CrawlChangeReport(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The report of the run; throws {@link UnknownEntityException} for an unknown run. */
  public CrawlChangesJson of(long runId) {
    return jdbi.inTransaction(
        h -> {
          CrawlRunRow run =
              h.attach(CrawlRunDao.class)
                  .find(runId)
                  .orElseThrow(() -> new UnknownEntityException("No crawl run " + runId));
          List<Change> created = new ArrayList<>();
          List<Change> gained = new ArrayList<>();
          List<Change> lost = new ArrayList<>();
          List<Change> broken = new ArrayList<>();
          Map<Long, Change> gone = new LinkedHashMap<>();
          CrawlChangeDao dao = h.attach(CrawlChangeDao.class);
          for (CrawlChangeRow row : dao.crawlerEvents(runId)) {
            Change c = change(row);
            switch (row.event()) {
              case "product.created" -> created.add(c);
              case "product.gone" ->
                  gone.put(
                      c.productId(),
                      new Change(c.productId(), c.name(), c.url(), "present", "gone"));
              default -> {
                if ("DIGITAL".equals(c.to()) && !"DIGITAL".equals(c.from())) {
                  gained.add(c);
                } else if ("DIGITAL".equals(c.from())
                    && ("NOT_DIGITAL".equals(c.to()) || "NONE".equals(c.to()))) {
                  lost.add(c);
                } else if ("BROKEN".equals(c.to())) {
                  broken.add(c);
                }
              }
            }
          }
          for (CrawlChangeRow row : dao.pagesGone(runId)) {
            gone.putIfAbsent(row.productId(), change(row));
          }
          List<Change> goneList = new ArrayList<>(gone.values());
          goneList.sort(Comparator.comparing(Change::name).thenComparing(Change::productId));
          return new CrawlChangesJson(
              run.id(),
              run.siteId(),
              run.status(),
              run.startedAt(),
              run.finishedAt(),
              created,
              gained,
              lost,
              broken,
              goneList,
              dao.textChanged(runId).stream().map(CrawlChangeReport::change).toList());
        });
  }

  private static Change change(CrawlChangeRow row) {
    return new Change(row.productId(), row.name(), row.url(), row.fromValue(), row.toValue());
  }
}
