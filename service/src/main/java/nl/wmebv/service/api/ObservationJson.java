package nl.wmebv.service.api;

import java.time.OffsetDateTime;

/** What one crawl run saw of a product's page. */
public record ObservationJson(
    long crawlRunId,
    int httpStatus,
    String channelStatus,
    boolean changed,
    String error,
    OffsetDateTime observedAt) {}
