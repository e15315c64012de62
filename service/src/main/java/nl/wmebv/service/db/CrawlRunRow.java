package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/**
 * A row of the crawl_run table; {@code state} is the crawler's resumable state as JSON; {@code
 * instance} the service instance that runs (or last ran) it, null while queued; {@code kind}
 * 'crawl' or 'channel-watch'; {@code pages}, {@code errors} and {@code skipped} are the counters
 * defined in {@code api.CrawlRunJson}.
 */
public record CrawlRunRow(
    long id,
    long siteId,
    String status,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    int pages,
    int errors,
    int skipped,
    int queued,
    String state,
    String failure,
    String instance,
    boolean stopRequested,
    String kind,
    Integer pagesNotRequested) {}
