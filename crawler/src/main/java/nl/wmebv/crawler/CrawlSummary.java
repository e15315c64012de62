package nl.wmebv.crawler;

import java.util.List;
import nl.wmebv.crawler.filter.Trap;

/**
 * The outcome of one {@link Crawler#run} call (counts for this run only, not earlier runs it
 * resumed).
 *
 * @param pages pages recorded (including errors, skipped URLs and duplicates): one record per URL
 * @param errors pages recorded with an error (a failed fetch; skipped URLs are not errors)
 * @param skipped URLs not fetched on purpose: disallowed by robots.txt or an internal address
 * @param seconds wall time of the run
 * @param pagesPerSecond pages divided by seconds
 * @param stopped true when {@link Crawler#stop()} ended the run before the frontier was exhausted
 * @param duplicates records whose URL served the same page as another URL ({@link
 *     PageRecord#duplicateOf()}): {@code pages - duplicates} is the number of distinct pages
 * @param traps the URL patterns recognised as traps (calendars), to keep for the next crawl
 * @param pageLimitReached true when the site links more URLs than the crawl's {@code maxPages}: the
 *     URLs over the limit were not followed, so the inventory is incomplete
 */
public record CrawlSummary(
    long pages,
    long errors,
    long skipped,
    double seconds,
    double pagesPerSecond,
    boolean stopped,
    long duplicates,
    List<Trap> traps,
    boolean pageLimitReached) {

  public CrawlSummary {
    traps = traps == null ? List.of() : List.copyOf(traps);
  }
}
