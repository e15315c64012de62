package nl.wmebv.crawler;

/**
 * The outcome of one {@link Crawler#run} call (counts for this run only, not earlier runs it resumed).
 *
 * @param pages pages recorded (including errors and skipped URLs)
 * @param errors pages recorded with an error (a failed fetch; skipped URLs are not errors)
 * @param skipped URLs not fetched on purpose: disallowed by robots.txt or an internal address
 * @param seconds wall time of the run
 * @param pagesPerSecond pages divided by seconds
 * @param stopped true when {@link Crawler#stop()} ended the run before the frontier was exhausted
 */
public record CrawlSummary(
    long pages, long errors, long skipped, double seconds, double pagesPerSecond, boolean stopped) {}
