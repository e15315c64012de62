package nl.wmebv.service.db;

/** What a conditional re-fetch needs to know of a page. */
public record PageValidators(String url, String etag, String lastModified, String contentHash, int depth) {}
