package nl.wmebv.service.db;

/**
 * A product page the channel watch checks again: its validators, and its stored analysis as JSON
 * (or null).
 */
public record WatchedPage(
    String url,
    String etag,
    String lastModified,
    String contentHash,
    String analysis,
    boolean lastFetchOk) {}
