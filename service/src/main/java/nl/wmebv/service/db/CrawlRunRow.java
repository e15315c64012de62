package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/** A row of the crawl_run table; {@code state} is the crawler's resumable state as JSON. */
public record CrawlRunRow(
    long id,
    long siteId,
    String status,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    int pages,
    int errors,
    int queued,
    String state,
    String failure) {}
