package nl.wmebv.crawler;

/**
 * A snapshot of a running crawl, for progress bars.
 *
 * @param fetched pages recorded so far (including errors)
 * @param queued URLs waiting in the frontier
 * @param errors pages recorded with an error
 * @param pagesPerSecond average rate since the start
 * @param elapsedMillis time since the start
 */
public record CrawlProgress(long fetched, long queued, long errors, double pagesPerSecond, long elapsedMillis) {}
