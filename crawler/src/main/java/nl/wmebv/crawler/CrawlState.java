package nl.wmebv.crawler;

import java.util.List;

/**
 * Where a crawl stands, to persist (e.g. as JSON with Jackson) and resume from: the URLs still to
 * do and every URL already admitted (done, in the frontier, or in flight). URLs that were being
 * fetched or analysed when the snapshot was taken are in {@code frontier}, so a crash loses
 * nothing; a resumed crawl never fetches a URL in {@code seen} that is not in {@code frontier}.
 *
 * @param baseUrl the base URL of the crawl (a resume for another site is refused)
 * @param frontier URLs to do, with their depth
 * @param seen every URL admitted so far, normalized
 * @param pages pages recorded by all runs so far
 * @param errors error pages recorded by all runs so far
 * @param skipped URLs skipped on purpose (robots.txt, internal address) by all runs so far; 0 in a
 *     state saved before this count existed (a missing JSON property reads as 0), so an old
 *     checkpoint resumes
 */
public record CrawlState(
    String baseUrl,
    List<Entry> frontier,
    List<String> seen,
    long pages,
    long errors,
    long skipped) {

  public CrawlState {
    frontier = frontier == null ? List.of() : List.copyOf(frontier);
    seen = seen == null ? List.of() : List.copyOf(seen);
  }

  /** True when nothing is left to do. */
  public boolean finished() {
    return frontier.isEmpty();
  }

  /** One URL to do. */
  public record Entry(String url, int depth) {}
}
