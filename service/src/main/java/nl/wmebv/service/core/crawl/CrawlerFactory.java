package nl.wmebv.service.core.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.wmebv.crawler.CrawlConfig;
import nl.wmebv.crawler.Crawler;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.PreviousFetch;
import nl.wmebv.crawler.detect.AnalysisJson;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.frontier.HostSlots;
import nl.wmebv.service.config.CrawlerSettings;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.PageDao;
import nl.wmebv.service.db.PageValidators;
import nl.wmebv.service.db.ProductDao;
import nl.wmebv.service.db.SiteRow;
import nl.wmebv.service.db.WatchedPage;
import org.jdbi.v3.core.Jdbi;

/** Builds a crawler for a site from the configuration and what the previous crawls stored. */
public class CrawlerFactory {
  private final Jdbi jdbi;
  private final CrawlerSettings settings;
  private final AnalyzerFactory analyzers;
  private final HostSlots hostSlots;

  public CrawlerFactory(Jdbi jdbi, CrawlerSettings settings, AnalyzerFactory analyzers) {
    this.hostSlots =
        new HostSlots(settings.getMaxHostsInFlight()); // one per instance: shared by its crawls
    this.jdbi = jdbi;
    this.settings = settings;
    this.analyzers = analyzers;
  }

  /** The crawler of one channel watch and what it adds to each reported page. */
  public record Watch(Crawler crawler, UnaryOperator<PageRecord> pages, int productPages) {}

  /**
   * A crawler for one channel watch of the site: only the known product pages, as seeds at depth 0
   * with no link followed (max depth 0), no sitemap, each asked conditionally with its stored
   * validators; the first product page is the base, so not even the home page is fetched. Empty
   * when the site has no product page yet.
   */
  public java.util.Optional<Watch> createWatch(SiteRow site) {
    List<WatchedPage> pages = jdbi.onDemand(PageDao.class).watchedPages(site.id());
    if (pages.isEmpty()) {
      return java.util.Optional.empty();
    }
    Map<String, PreviousFetch> previous = new HashMap<>();
    Map<String, PageAnalysis> stored = new HashMap<>();
    for (WatchedPage page : pages) {
      previous.put(
          page.url(),
          fetch(page.lastFetchOk(), page.etag(), page.lastModified(), page.contentHash(), 0));
      if (page.analysis() != null) {
        stored.put(page.url(), AnalysisJson.fromJson(page.analysis()));
      }
    }
    CrawlConfig config =
        CrawlConfig.defaults(URI.create(pages.get(0).url())).toBuilder()
            .userAgent(settings.getUserAgent())
            .maxPages(settings.getMaxPages())
            .maxDepth(0)
            .threads(settings.getThreads())
            .delayMs(settings.getDelayMs())
            .allowPrivateAddresses(settings.isAllowPrivateAddresses())
            .extraHosts(hosts(site))
            .useSitemaps(false)
            .previous(previous)
            .build();
    ChannelChecker checker = analyzers.checker(site);
    return java.util.Optional.of(
        new Watch(
            new Crawler(config, analyzers.create(site, checker), hostSlots),
            new ChannelWatch(stored, checker),
            pages.size()));
  }

  /**
   * The site's hosts: its own and the extra ones (the watch's base may be a page on any of them).
   */
  private static Set<String> hosts(SiteRow site) {
    Set<String> hosts = new java.util.HashSet<>(site.extraHosts());
    hosts.add(URI.create(site.baseUrl()).getHost());
    return hosts;
  }

  /** A new crawler for run {@code runId} of the site (new, or resumed: see {@link #previous}). */
  public Crawler create(SiteRow site, long runId) {
    CrawlConfig config =
        CrawlConfig.defaults(URI.create(site.baseUrl())).toBuilder()
            .userAgent(settings.getUserAgent())
            .maxPages(settings.getMaxPages())
            .maxDepth(settings.getMaxDepth())
            .threads(settings.getThreads())
            .delayMs(settings.getDelayMs())
            .allowPrivateAddresses(settings.isAllowPrivateAddresses())
            .includes(site.includePatterns())
            .excludes(site.excludePatterns())
            .extraHosts(Set.copyOf(site.extraHosts()))
            .previous(previous(site.id(), runId))
            .extraSeeds(seeds(site))
            .build();
    PageAnalyzer analyzer = analyzers.create(site);
    Crawler crawler = new Crawler(config, analyzer, hostSlots);
    // the calendars the last crawl recognised are refused from the start, not walked again
    crawler.avoidTraps(jdbi.onDemand(CrawlRunDao.class).lastTrapPatterns(site.id()));
    return crawler;
  }

  /**
   * The SC feed's page URLs, and the home page of every extra host (nothing on the main site may
   * link it).
   */
  private List<String> seeds(SiteRow site) {
    List<String> seeds =
        new ArrayList<>(jdbi.onDemand(ProductDao.class).feedPageUrls(site.municipalityId()));
    String scheme = URI.create(site.baseUrl()).getScheme();
    site.extraHosts().forEach(host -> seeds.add(scheme + "://" + host + "/"));
    return seeds;
  }

  /**
   * Every known page, re-seeded: with its validators where its latest fetch succeeded, so an
   * unchanged page costs a 304; without them where it failed, so it is fetched in full again and
   * counted (a 304 to a page we never got would hide it for good), and where this run stored it
   * itself before it was stopped or its instance died (a 304 would not give the links its
   * checkpoint lacks).
   */
  Map<String, PreviousFetch> previous(long siteId, long runId) {
    Map<String, PreviousFetch> previous = new HashMap<>();
    Instant askedSince =
        Instant.now().minus(Duration.ofDays(settings.getAskEveryPageAtLeastEveryDays()));
    for (PageValidators page : jdbi.onDemand(PageDao.class).validators(siteId, runId)) {
      PreviousFetch known =
          fetch(
              page.lastFetchOk(),
              page.etag(),
              page.lastModified(),
              page.contentHash(),
              page.depth());
      Instant notDueBefore =
          mayLeaveUnasked(page, askedSince) ? page.lastSeenAt().toInstant() : null;
      previous.put(
          page.url(),
          new PreviousFetch(
              known.etag(),
              known.lastModified(),
              known.contentHash(),
              known.depth(),
              notDueBefore));
    }
    return previous;
  }

  /**
   * Whether a re-crawl may leave the page unasked when the sitemap dates it no later than its last
   * request: never a product page or a designated channel's page, never one whose last fetch failed
   * or that this run stored itself (see {@link PageDao#validators}), only after enough unchanged
   * fetches in a row, and only when it was requested within the last {@code
   * askEveryPageAtLeastEveryDays}.
   */
  private boolean mayLeaveUnasked(PageValidators page, Instant askedSince) {
    return settings.getAskEveryPageAtLeastEveryDays() > 0
        && page.lastFetchOk()
        && !page.alwaysAsk()
        && page.unchangedCrawls() >= settings.getSkipUnchangedAfterCrawls()
        && page.lastSeenAt() != null
        && page.lastSeenAt().toInstant().isAfter(askedSince);
  }

  /** What the crawler may ask with: the validators only when they may be used, the hash always. */
  private static PreviousFetch fetch(
      boolean conditional, String etag, String lastModified, String hash, int depth) {
    return conditional
        ? new PreviousFetch(etag, lastModified, hash, depth)
        : new PreviousFetch(null, null, hash, depth);
  }
}
