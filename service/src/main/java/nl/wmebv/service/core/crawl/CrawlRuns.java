package nl.wmebv.service.core.crawl;

import java.util.List;
import java.util.Optional;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.core.JsonRows;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.SiteDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads of crawl runs for the API and the pages: a run, the runs of a site, the site a run crawled.
 */
public final class CrawlRuns {
  /** The site of a run as the crawl page names it. */
  public record SiteLabel(String municipalityName, String baseUrl) {}

  private final Jdbi jdbi;

  public CrawlRuns(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Optional<CrawlRunJson> run(long runId) {
    return jdbi.withHandle(h -> h.attach(CrawlRunDao.class).find(runId)).map(JsonRows::crawlRun);
  }

  /** The site's latest runs, newest first; UnknownEntityException for an unknown site. */
  public List<CrawlRunJson> ofSite(long siteId, int limit) {
    return jdbi.withHandle(
        h -> {
          if (h.attach(SiteDao.class).find(siteId).isEmpty()) {
            throw new UnknownEntityException("No site with id " + siteId);
          }
          return h.attach(CrawlRunDao.class).listBySite(siteId, limit).stream()
              .map(JsonRows::crawlRun)
              .toList();
        });
  }

  /** The site's latest run, if it ever ran. */
  public Optional<CrawlRunJson> latest(long siteId) {
    return jdbi.withHandle(h -> h.attach(CrawlRunDao.class).listBySite(siteId, 1)).stream()
        .findFirst()
        .map(JsonRows::crawlRun);
  }

  /** The municipality's name and the base URL of a site. */
  public Optional<SiteLabel> siteLabel(long siteId) {
    return jdbi.withHandle(h -> h.attach(SiteDao.class).label(siteId))
        .map(r -> new SiteLabel(r.municipalityName(), r.baseUrl()));
  }
}
