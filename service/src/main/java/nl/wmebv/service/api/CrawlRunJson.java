package nl.wmebv.service.api;

import java.time.OffsetDateTime;
import nl.wmebv.service.db.CrawlRunRow;

/** A crawl run and its progress; {@code skipped} URLs (robots.txt, internal addresses) are not errors. */
public record CrawlRunJson(
    long id, long siteId, String status, OffsetDateTime startedAt, OffsetDateTime finishedAt, int pages,
    int errors, int skipped, int queued, String failure) {

  public static CrawlRunJson of(CrawlRunRow r) {
    return new CrawlRunJson(r.id(), r.siteId(), r.status(), r.startedAt(), r.finishedAt(), r.pages(), r.errors(),
        r.skipped(), r.queued(), r.failure());
  }
}
