package nl.wmebv.crawler;

/**
 * Receives the crawler's reports; called from crawler threads, so implementations must be
 * thread-safe.
 */
public interface CrawlListener {
  /** One page (or error) was recorded. */
  void onPage(PageRecord page);

  /** Progress changed; called at most a few times per second. */
  default void onProgress(CrawlProgress progress) {}
}
