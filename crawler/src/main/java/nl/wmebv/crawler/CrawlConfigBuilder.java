package nl.wmebv.crawler;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmebv.crawler.filter.TrapLimits;

/** Changes a {@link CrawlConfig}; start with {@code CrawlConfig.defaults(base).toBuilder()}. */
public final class CrawlConfigBuilder {
  private URI base;
  private List<String> extraSeeds;
  private String userAgent;
  private int maxPages;
  private int maxDepth;
  private long maxBytesPerPage;
  private Duration requestTimeout;
  private int maxRedirects;
  private int threads;
  private long delayMs;
  private int maxConcurrencyPerHost;
  private long maxCrawlDelayMs;
  private List<String> includes;
  private List<String> excludes;
  private Set<String> extraHosts;
  private boolean allowPrivateAddresses;
  private TrapLimits traps;
  private boolean useSitemaps;
  private Map<String, PreviousFetch> previous;

  CrawlConfigBuilder(CrawlConfig c) {
    this.base = c.base();
    this.extraSeeds = c.extraSeeds();
    this.userAgent = c.userAgent();
    this.maxPages = c.maxPages();
    this.maxDepth = c.maxDepth();
    this.maxBytesPerPage = c.maxBytesPerPage();
    this.requestTimeout = c.requestTimeout();
    this.maxRedirects = c.maxRedirects();
    this.threads = c.threads();
    this.delayMs = c.delayMs();
    this.maxConcurrencyPerHost = c.maxConcurrencyPerHost();
    this.maxCrawlDelayMs = c.maxCrawlDelayMs();
    this.includes = c.includes();
    this.excludes = c.excludes();
    this.extraHosts = c.extraHosts();
    this.allowPrivateAddresses = c.allowPrivateAddresses();
    this.traps = c.traps();
    this.useSitemaps = c.useSitemaps();
    this.previous = c.previous();
  }

  public CrawlConfigBuilder base(URI value) {
    this.base = value;
    return this;
  }

  public CrawlConfigBuilder extraSeeds(List<String> value) {
    this.extraSeeds = value;
    return this;
  }

  public CrawlConfigBuilder userAgent(String value) {
    this.userAgent = value;
    return this;
  }

  public CrawlConfigBuilder maxPages(int value) {
    this.maxPages = value;
    return this;
  }

  public CrawlConfigBuilder maxDepth(int value) {
    this.maxDepth = value;
    return this;
  }

  public CrawlConfigBuilder maxBytesPerPage(long value) {
    this.maxBytesPerPage = value;
    return this;
  }

  public CrawlConfigBuilder requestTimeout(Duration value) {
    this.requestTimeout = value;
    return this;
  }

  public CrawlConfigBuilder maxRedirects(int value) {
    this.maxRedirects = value;
    return this;
  }

  public CrawlConfigBuilder threads(int value) {
    this.threads = value;
    return this;
  }

  public CrawlConfigBuilder delayMs(long value) {
    this.delayMs = value;
    return this;
  }

  public CrawlConfigBuilder maxConcurrencyPerHost(int value) {
    this.maxConcurrencyPerHost = value;
    return this;
  }

  public CrawlConfigBuilder maxCrawlDelayMs(long value) {
    this.maxCrawlDelayMs = value;
    return this;
  }

  public CrawlConfigBuilder includes(List<String> value) {
    this.includes = value;
    return this;
  }

  public CrawlConfigBuilder excludes(List<String> value) {
    this.excludes = value;
    return this;
  }

  public CrawlConfigBuilder extraHosts(Set<String> value) {
    this.extraHosts = value;
    return this;
  }

  public CrawlConfigBuilder allowPrivateAddresses(boolean value) {
    this.allowPrivateAddresses = value;
    return this;
  }

  public CrawlConfigBuilder traps(TrapLimits value) {
    this.traps = value;
    return this;
  }

  public CrawlConfigBuilder useSitemaps(boolean value) {
    this.useSitemaps = value;
    return this;
  }

  public CrawlConfigBuilder previous(Map<String, PreviousFetch> value) {
    this.previous = value;
    return this;
  }

  /** Bench mode: no delay, every thread may work on the one host (call after {@link #threads}). */
  public CrawlConfigBuilder benchMode() {
    this.delayMs = 0;
    this.maxConcurrencyPerHost = Math.max(1, threads);
    return this;
  }

  public CrawlConfig build() {
    return new CrawlConfig(
        base,
        extraSeeds,
        userAgent,
        maxPages,
        maxDepth,
        maxBytesPerPage,
        requestTimeout,
        maxRedirects,
        threads,
        delayMs,
        maxConcurrencyPerHost,
        maxCrawlDelayMs,
        includes,
        excludes,
        extraHosts,
        allowPrivateAddresses,
        traps,
        useSitemaps,
        previous);
  }
}
