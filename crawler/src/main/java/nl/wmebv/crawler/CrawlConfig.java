package nl.wmebv.crawler;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmebv.crawler.filter.TrapLimits;

/**
 * Everything a crawl may do. Start from {@link #defaults(URI)} and change with {@link
 * #toBuilder()}.
 *
 * @param base the site's base URL (first seed; its host, its www. twin and the host it redirects to
 *     are in scope)
 * @param extraSeeds more start URLs, e.g. page URLs from the Samenwerkende Catalogi feed
 * @param userAgent names the tool and a contact URL; also the robots.txt product token
 * @param maxPages the most URLs admitted per crawl (bounds memory too)
 * @param maxDepth the most link steps from a seed
 * @param maxBytesPerPage a larger body is recorded as an error
 * @param requestTimeout time limit per request, headers and body
 * @param maxRedirects redirects followed per URL
 * @param threads fetching threads
 * @param delayMs pause per host between requests (0 in bench mode)
 * @param maxConcurrencyPerHost requests in flight per host
 * @param maxCrawlDelayMs cap on a robots.txt Crawl-delay (a site asking for 60 s still gets
 *     crawled)
 * @param includes regexes on path+query; when any is given a URL must match one (seeds excepted)
 * @param excludes regexes on path+query; a matching URL is not fetched
 * @param extraHosts more hosts in scope
 * @param allowPrivateAddresses allow loopback and private networks (demo and tests only)
 * @param traps trap limits
 * @param useSitemaps seed from robots.txt Sitemap lines and /sitemap.xml
 * @param previous validators of the previous crawl by normalized URL, for conditional re-fetch
 */
public record CrawlConfig(
    URI base,
    List<String> extraSeeds,
    String userAgent,
    int maxPages,
    int maxDepth,
    long maxBytesPerPage,
    Duration requestTimeout,
    int maxRedirects,
    int threads,
    long delayMs,
    int maxConcurrencyPerHost,
    long maxCrawlDelayMs,
    List<String> includes,
    List<String> excludes,
    Set<String> extraHosts,
    boolean allowPrivateAddresses,
    TrapLimits traps,
    boolean useSitemaps,
    Map<String, PreviousFetch> previous) {

  public static final String DEFAULT_USER_AGENT =
      "WMEBV-inventaris/0.1 (+https://github.com/wmebv/inventaris)";

  public CrawlConfig {
    if (base == null
        || base.getHost() == null
        || !("http".equalsIgnoreCase(base.getScheme())
            || "https".equalsIgnoreCase(base.getScheme()))) {
      throw new IllegalArgumentException(
          "base URL must be an absolute http(s) URL with a host: " + base);
    }
    if (threads < 1
        || maxConcurrencyPerHost < 1
        || maxPages < 1
        || maxDepth < 0
        || maxBytesPerPage < 1
        || delayMs < 0
        || maxRedirects < 0
        || requestTimeout == null
        || requestTimeout.isNegative()
        || requestTimeout.isZero()) {
      throw new IllegalArgumentException("invalid crawl limits");
    }
    extraSeeds = extraSeeds == null ? List.of() : List.copyOf(extraSeeds);
    includes = includes == null ? List.of() : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    extraHosts = extraHosts == null ? Set.of() : Set.copyOf(extraHosts);
    previous = previous == null ? Map.of() : Map.copyOf(previous);
    traps = traps == null ? TrapLimits.defaults() : traps;
    userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
  }

  /** Polite defaults for a real municipal site. */
  public static CrawlConfig defaults(URI base) {
    return new CrawlConfig(
        base,
        List.of(),
        DEFAULT_USER_AGENT,
        20_000,
        50,
        5L * 1024 * 1024,
        Duration.ofSeconds(20),
        5,
        4,
        500,
        1,
        10_000,
        List.of(),
        List.of(),
        Set.of(),
        false,
        TrapLimits.defaults(),
        true,
        Map.of());
  }

  /** A builder starting from this configuration. */
  public CrawlConfigBuilder toBuilder() {
    return new CrawlConfigBuilder(this);
  }

  /** The product token robots.txt groups are matched against: the user agent up to '/' or space. */
  public String robotsName() {
    String ua = userAgent.strip();
    int end = 0;
    while (end < ua.length()
        && (Character.isLetterOrDigit(ua.charAt(end))
            || ua.charAt(end) == '-'
            || ua.charAt(end) == '_')) {
      end++;
    }
    return end == 0 ? "wmebv-inventaris" : ua.substring(0, end).toLowerCase(java.util.Locale.ROOT);
  }
}
