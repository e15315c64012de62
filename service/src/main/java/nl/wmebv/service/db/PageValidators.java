package nl.wmebv.service.db;

/** What a re-fetch needs to know of a page: its validators, and whether its latest fetch succeeded. */
public record PageValidators(
    String url, String etag, String lastModified, String contentHash, int depth, boolean lastFetchOk) {}
