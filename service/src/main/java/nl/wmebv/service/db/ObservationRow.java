package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/** A row of page_observation: what one crawl saw of a page. */
public record ObservationRow(
    long id,
    long crawlRunId,
    int httpStatus,
    String channelStatus,
    boolean changed,
    String error,
    OffsetDateTime observedAt) {}
