package nl.wmebv.service.db;

/**
 * A URL a crawl run failed to fetch or left alone on purpose ({@code skipped}), with the crawler's
 * reason.
 */
public record CrawlProblemRow(String url, int httpStatus, String error, boolean skipped) {}
