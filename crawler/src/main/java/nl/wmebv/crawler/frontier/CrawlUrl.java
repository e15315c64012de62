package nl.wmebv.crawler.frontier;

import java.net.URI;

/**
 * A normalized URL in the frontier.
 *
 * @param url the normalized URL, the crawl's key for it
 * @param uri the same, parsed
 * @param depth link distance from a seed
 */
public record CrawlUrl(String url, URI uri, int depth) {

  /** Parses a normalized URL. */
  public static CrawlUrl of(String url, int depth) {
    return new CrawlUrl(url, URI.create(url), depth);
  }

  /** The politeness key: scheme, host and port. */
  public String hostKey() {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
