package nl.wmebv.service.api;

import java.time.OffsetDateTime;

/** The web page a product was found on, as the latest crawl saw it. */
public record WebPageJson(
    long id,
    String url,
    String finalUrl,
    int httpStatus,
    String title,
    String error,
    OffsetDateTime firstSeenAt,
    OffsetDateTime lastSeenAt,
    Long lastCrawlRunId) {}
