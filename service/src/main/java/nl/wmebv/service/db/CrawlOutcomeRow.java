package nl.wmebv.service.db;

/**
 * What a crawl run's stored observations add up to: URLs observed, answered 304 (unchanged),
 * failed, skipped on purpose.
 */
public record CrawlOutcomeRow(int observed, int unchanged, int failed, int skipped) {}
