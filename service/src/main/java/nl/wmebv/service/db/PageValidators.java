package nl.wmebv.service.db;

/**
 * What a re-fetch needs to know of a page: its validators, and whether they may be used (latest
 * fetch succeeded, by another run).
 */
public record PageValidators(
    String url,
    String etag,
    String lastModified,
    String contentHash,
    int depth,
    boolean lastFetchOk) {}
