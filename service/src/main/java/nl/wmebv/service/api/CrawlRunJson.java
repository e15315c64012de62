package nl.wmebv.service.api;

import java.time.OffsetDateTime;

/** A crawl run and its progress; {@code skipped} URLs (robots.txt, internal addresses) are not errors. */
public record CrawlRunJson(
    long id, long siteId, String status, OffsetDateTime startedAt, OffsetDateTime finishedAt, int pages,
    int errors, int skipped, int queued, String failure) {}
