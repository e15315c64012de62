package nl.wmebv.service.core.crawl;

/** A crawl of the site is running already; a second one is refused. */
public class CrawlAlreadyRunningException extends RuntimeException {
  public CrawlAlreadyRunningException(long siteId) {
    super("A crawl of site " + siteId + " is already running");
  }
}
