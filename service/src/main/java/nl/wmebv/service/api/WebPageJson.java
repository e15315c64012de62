package nl.wmebv.service.api;

import java.time.OffsetDateTime;
import nl.wmebv.service.db.PageRow;

/** The web page a product was found on, as the latest crawl saw it. */
public record WebPageJson(
    long id, String url, String finalUrl, int httpStatus, String title, String error, OffsetDateTime firstSeenAt,
    OffsetDateTime lastSeenAt, Long lastCrawlRunId) {

  public static WebPageJson of(PageRow p) {
    return new WebPageJson(p.id(), p.url(), p.finalUrl(), p.httpStatus(), p.title(), p.error(), p.firstSeenAt(),
        p.lastSeenAt(), p.lastCrawlRunId());
  }
}
