package nl.wmebv.service.api;

import java.util.List;

/**
 * The URLs a crawl run did not get, with English reasons: {@code failed} URLs whose fetch failed in
 * the run (its errors), {@code skipped} URLs it left alone on purpose, {@code unchanged} URLs
 * answered 304 Not Modified (fetched, no error); {@code problems} lists failed URLs first, at most
 * {@code limit}, {@code notListed} the rest.
 */
public record CrawlProblemsJson(
    long runId,
    int failed,
    int skipped,
    int unchanged,
    int limit,
    int notListed,
    List<Problem> problems) {

  /**
   * One URL: {@code reason} a code of {@code FetchProblem}, {@code detail} the crawler's own
   * English words.
   */
  public record Problem(
      String url, int httpStatus, String reason, boolean skipped, String detail) {}
}
