package nl.wmebv.crawler;

/**
 * A snapshot of a running crawl, for progress bars.
 *
 * @param fetched pages recorded so far (including errors and skipped URLs)
 * @param queued URLs waiting in the frontier
 * @param errors pages recorded with an error (a failed fetch; skipped URLs are not errors)
 * @param skipped URLs not fetched on purpose: disallowed by robots.txt or an internal address
 * @param pagesPerSecond average rate since the start
 * @param elapsedMillis time since the start
 */
public record CrawlProgress(
    long fetched,
    long queued,
    long errors,
    long skipped,
    double pagesPerSecond,
    long elapsedMillis) {}
