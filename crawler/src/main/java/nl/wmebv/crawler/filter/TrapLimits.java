package nl.wmebv.crawler.filter;

/**
 * Limits that make every crawl end, whatever the site generates.
 *
 * @param maxRepeatedSegment how often one path segment may occur in a path ({@code /a/b/a/b/a/b} has 3)
 * @param maxQueryParams the most query parameters in one URL
 * @param maxUrlsPerPath the most distinct queries for one path (endless calendars {@code ?maand=})
 * @param maxPathDepth the most path segments
 * @param maxUrlLength the longest URL, in characters
 */
public record TrapLimits(
    int maxRepeatedSegment, int maxQueryParams, int maxUrlsPerPath, int maxPathDepth, int maxUrlLength) {

  /** Defaults that a real municipal site never reaches. */
  public static TrapLimits defaults() {
    return new TrapLimits(2, 10, 100, 20, 2048);
  }
}
