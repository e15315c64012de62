package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/**
 * What a re-fetch needs to know of a page: its validators, whether they may be used (latest fetch
 * succeeded, by another run), whether a re-crawl must ask it whatever the sitemap says (a product
 * page or a designated channel), how many fetches in a row found it unchanged, and when it was last
 * requested.
 */
public record PageValidators(
    String url,
    String etag,
    String lastModified,
    String contentHash,
    int depth,
    boolean lastFetchOk,
    boolean alwaysAsk,
    int unchangedCrawls,
    OffsetDateTime lastSeenAt) {}
