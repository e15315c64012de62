package nl.wmebv.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmebv.crawler.fetch.FetchResult;
import nl.wmebv.crawler.fetch.HttpFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches and parses robots.txt once per scheme+host+port (RFC 9309 via crawler-commons).
 * Thread-safe: concurrent callers for the same host wait for the one fetch.
 */
public final class RobotsCache {
  private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
  private static final long MAX_ROBOTS_BYTES = 512 * 1024; // RFC 9309: parse at least 500 KiB

  private final HttpFetcher fetcher;
  private final String robotsName;
  private final long maxCrawlDelayMs;
  private final Map<String, CompletableFuture<HostRules>> cache = new ConcurrentHashMap<>();

  /**
   * @param robotsName our product token, matched against User-agent lines
   * @param maxCrawlDelayMs cap on Crawl-delay
   */
  public RobotsCache(HttpFetcher fetcher, String robotsName, long maxCrawlDelayMs) {
    this.fetcher = fetcher;
    this.robotsName = robotsName;
    this.maxCrawlDelayMs = maxCrawlDelayMs;
  }

  /** The rules for the URL's host, fetching robots.txt on first use. */
  public HostRules rulesFor(URI url) {
    String key = url.getScheme() + "://" + url.getRawAuthority();
    CompletableFuture<HostRules> mine = new CompletableFuture<>();
    CompletableFuture<HostRules> existing = cache.putIfAbsent(key, mine);
    if (existing != null) {
      return existing.join();
    }
    HostRules rules;
    try {
      rules = load(URI.create(key + "/robots.txt"));
    } catch (RuntimeException e) {
      rules = fromFailure(503, "error: " + e.getMessage());
    }
    mine.complete(rules);
    return rules;
  }

  private HostRules load(URI robotsUrl) {
    FetchResult r = fetcher.fetch(robotsUrl, "GET", MAX_ROBOTS_BYTES);
    if (r.error() != null
        && (r.error().startsWith("body larger")
            || r.error().startsWith("redirect loop")
            || r.error().startsWith("too many redirects"))) {
      // RFC 9309 treats an unfollowable redirect as "unavailable" (allow all); for an oversized
      // file we
      // keep it simple and do the same
      return fromFailure(404, null);
    }
    if (r.error() != null || r.status() == 0) {
      LOG.warn("robots.txt {} unreachable: {}", robotsUrl, r.error());
      return fromFailure(503, r.error());
    }
    if (r.status() >= 500 || r.status() == 429) {
      return fromFailure(503, "HTTP " + r.status());
    }
    if (r.status() >= 400 || r.status() >= 300) {
      return fromFailure(404, null); // unavailable robots.txt: everything allowed
    }
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE / 4, 10);
    BaseRobotRules rules =
        parser.parseContent(
            robotsUrl.toString(),
            r.body(),
            r.header("content-type") == null ? "text/plain" : r.header("content-type"),
            List.of(robotsName));
    return new HostRules(rules, cappedDelay(rules), List.copyOf(rules.getSitemaps()), null);
  }

  private HostRules fromFailure(int status, String reason) {
    BaseRobotRules rules = new SimpleRobotRulesParser().failedFetch(status < 500 ? 404 : 503);
    return new HostRules(
        rules, 0, List.of(), status >= 500 ? (reason == null ? "HTTP " + status : reason) : null);
  }

  private long cappedDelay(BaseRobotRules rules) {
    long delay = rules.getCrawlDelay(); // milliseconds in crawler-commons 1.x
    if (delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0) {
      return 0;
    }
    return Math.min(delay, maxCrawlDelayMs);
  }
}
