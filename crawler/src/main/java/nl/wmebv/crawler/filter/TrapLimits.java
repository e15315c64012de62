package nl.wmebv.crawler.filter;

/**
 * Limits that make every crawl end, whatever the site generates.
 *
 * @param maxRepeatedSegment how often one path segment may occur in a path ({@code /a/b/a/b/a/b}
 *     has 3)
 * @param maxQueryParams the most query parameters in one URL
 * @param maxDatesPerPattern the most dates one URL pattern may take: an endless calendar ({@code
 *     /agenda?maand=2026-11}, {@code /agenda/2026/11}) is one pattern. Query variants without a
 *     date are not limited (a site may route all its pages through {@code /index.php?id=N})
 * @param maxPathDepth the most path segments
 * @param maxUrlLength the longest URL, in characters
 */
public record TrapLimits(
    int maxRepeatedSegment,
    int maxQueryParams,
    int maxDatesPerPattern,
    int maxPathDepth,
    int maxUrlLength) {

  /**
   * Defaults that a real municipal site never reaches; a calendar gets a year of months or twelve
   * days.
   */
  public static TrapLimits defaults() {
    return new TrapLimits(2, 10, 12, 20, 2048);
  }
}
