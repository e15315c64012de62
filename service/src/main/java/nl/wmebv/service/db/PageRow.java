package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/** A row of the page table: the latest observation of one URL of a site. */
public record PageRow(
    long id,
    long siteId,
    String url,
    String finalUrl,
    int httpStatus,
    String contentType,
    String title,
    int depth,
    String contentHash,
    String etag,
    String lastModified,
    String error,
    boolean isProduct,
    String channelStatus,
    String analysis,
    OffsetDateTime firstSeenAt,
    OffsetDateTime lastSeenAt,
    Long lastCrawlRunId) {}
