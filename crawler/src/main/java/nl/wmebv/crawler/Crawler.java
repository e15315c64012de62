package nl.wmebv.crawler;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.crawler.fetch.AddressGuard;
import nl.wmebv.crawler.fetch.HttpFetcher;
import nl.wmebv.crawler.filter.Scope;
import nl.wmebv.crawler.filter.Trap;
import nl.wmebv.crawler.filter.TrapGuard;
import nl.wmebv.crawler.filter.UrlNormalizer;
import nl.wmebv.crawler.frontier.CrawlUrl;
import nl.wmebv.crawler.frontier.Frontier;
import nl.wmebv.crawler.frontier.HostSlots;
import nl.wmebv.crawler.parse.ParseBudget;
import nl.wmebv.crawler.robots.RobotsCache;
import nl.wmebv.crawler.sitemap.SitemapReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls one municipal website: seeds, sitemaps, robots.txt, politeness, traps, conditional
 * re-fetch, and reports every URL through a {@link CrawlListener}. One instance runs once; use
 * {@link #snapshot()} to persist the state and a new instance with {@code run(listener, state)} to
 * resume.
 */
public final class Crawler {
  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

  private final CrawlConfig config;
  private final PageAnalyzer analyzer;
  private final UrlNormalizer normalizer = new UrlNormalizer();
  private final Scope scope;
  private final HttpFetcher fetcher;
  private final RobotsCache robots;
  private final TrapGuard traps;
  private final Frontier frontier;
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean stopRequested;
  private volatile Reporter reporter;
  private volatile CrawlState resumedFrom;
  private final AtomicLong notRequested = new AtomicLong();

  public Crawler(CrawlConfig config, PageAnalyzer analyzer) {
    this(config, analyzer, HostSlots.UNLIMITED);
  }

  /**
   * A crawler whose requests also need one of the process's host slots (a service running many
   * crawls).
   */
  public Crawler(CrawlConfig config, PageAnalyzer analyzer, HostSlots hostSlots) {
    this.config = config;
    this.analyzer = analyzer == null ? PageAnalyzer.NONE : analyzer;
    this.scope =
        new Scope(config.base(), config.extraHosts(), config.includes(), config.excludes());
    this.fetcher =
        new HttpFetcher(
            config.userAgent(),
            config.requestTimeout(),
            config.maxRedirects(),
            new AddressGuard(config.allowPrivateAddresses()));
    this.robots = new RobotsCache(fetcher, config.robotsName(), config.maxCrawlDelayMs());
    this.traps = new TrapGuard(config.traps());
    this.frontier =
        new Frontier(
            traps, config.maxPages(), config.delayMs(), config.maxConcurrencyPerHost(), hostSlots);
  }

  /**
   * Runs the crawl on the calling thread (workers are started and joined), until the frontier is
   * exhausted or {@link #stop()} is called.
   *
   * @param resumeFrom a state from {@link #snapshot()} of an earlier run of the same site, or null
   * @throws IllegalStateException when called twice
   * @throws IllegalArgumentException when the state belongs to another base URL
   */
  public CrawlSummary run(CrawlListener listener, CrawlState resumeFrom) {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("a Crawler runs once; create a new one to resume");
    }
    long start = System.nanoTime();
    Reporter rep = new Reporter(listener, frontier);
    this.reporter = rep;
    if (resumeFrom != null) {
      restore(resumeFrom);
    } else {
      seed();
    }
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "wmebv-progress"));
    ticker.scheduleAtFixedRate(
        () -> rep.progress(progress(rep, start)), 250, 250, TimeUnit.MILLISECONDS);
    PageWorker worker =
        new PageWorker(
            config, fetcher, robots, scope, normalizer, frontier, analyzer, ParseBudget.shared());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < config.threads(); i++) {
      Thread t = daemon(() -> work(worker, rep), "wmebv-crawl-" + i);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      joinUninterruptibly(t);
    }
    try {
      analyzer.flush();
    } catch (RuntimeException e) {
      LOG.warn("analyzer flush failed: {}", e.toString());
    }
    rep.deliverUnanalysed();
    ticker.shutdownNow();
    rep.progress(progress(rep, start));
    double seconds = (System.nanoTime() - start) / 1e9;
    long pages = rep.pages.get();
    return new CrawlSummary(
        pages,
        rep.errors.get(),
        rep.skipped.get(),
        seconds,
        seconds > 0 ? pages / seconds : 0,
        stopRequested && frontier.queued() > 0,
        rep.duplicates.get(),
        traps.traps(),
        frontier.limitReached());
  }

  /**
   * Refuses, from the start, the URLs of trap patterns an earlier crawl of the site recognised
   * ({@link CrawlSummary#traps()}), so a re-crawl does not walk its calendars again. Call before
   * {@link #run}.
   */
  public void avoidTraps(java.util.Collection<String> patterns) {
    traps.avoid(patterns);
  }

  /**
   * The URL patterns recognised as traps so far (calendars), with how many of their URLs were
   * refused.
   */
  public List<Trap> traps() {
    return traps.traps();
  }

  /** Asks the crawl to end: no new fetches start, pages in flight finish, the state is kept. */
  public void stop() {
    stopRequested = true;
    frontier.stop();
  }

  /**
   * The current state, consistent and thread-safe; call while running to checkpoint, or after run.
   */
  public CrawlState snapshot() {
    return frontier.atomically(
        this::snapshotNow); // the counters with the to-do list they belong to
  }

  private CrawlState snapshotNow() {
    Frontier.Snapshot s = frontier.snapshot();
    List<CrawlState.Entry> todo =
        s.todo().stream().map(u -> new CrawlState.Entry(u.url(), u.depth())).toList();
    Reporter rep = reporter;
    CrawlState before = resumedFrom;
    long pages = (before == null ? 0 : before.pages()) + (rep == null ? 0 : rep.pages.get());
    long errors = (before == null ? 0 : before.errors()) + (rep == null ? 0 : rep.errors.get());
    long skipped = (before == null ? 0 : before.skipped()) + (rep == null ? 0 : rep.skipped.get());
    return new CrawlState(config.base().toString(), todo, s.seen(), pages, errors, skipped);
  }

  private void work(PageWorker worker, Reporter rep) {
    while (true) {
      CrawlUrl url;
      try {
        url = frontier.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (url == null) {
        return;
      }
      worker.process(url, rep);
    }
  }

  private void restore(CrawlState state) {
    if (!sameBase(state.baseUrl())) {
      throw new IllegalArgumentException(
          "state is for " + state.baseUrl() + ", not " + config.base());
    }
    resumedFrom = state;
    List<CrawlUrl> todo =
        state.frontier().stream().map(e -> CrawlUrl.of(e.url(), e.depth())).toList();
    frontier.restore(state.seen(), todo);
  }

  private boolean sameBase(String other) {
    return other != null && URI.create(other).getHost().equalsIgnoreCase(config.base().getHost());
  }

  /**
   * Seeds the frontier: the base URL, the extra seeds, every known page (a 304 page yields no
   * links, so the pages only it links to must be seeded themselves) and the sitemaps' URLs. Known
   * pages that are not due ({@link PreviousFetch#askOnlyIfModifiedAfter}) and whose sitemap {@code
   * lastmod} is not after their last request are marked seen and not requested: the pages they link
   * to are known pages seeded themselves (their links are as unchanged as their content), and links
   * to them from fetched pages find them seen. The base URL is always asked.
   */
  private void seed() {
    Map<String, Instant> sitemap = config.useSitemaps() ? sitemapUrls() : Map.of();
    String base = normalizer.normalize(config.base().toString());
    for (Map.Entry<String, PreviousFetch> e : config.previous().entrySet()) {
      if (!e.getKey().equals(base) && notDue(e.getValue(), sitemap.get(e.getKey()))) {
        if (frontier.markSeen(e.getKey())) {
          notRequested.incrementAndGet();
        }
      }
    }
    offerSeed(config.base().toString(), 0, true);
    config.extraSeeds().forEach(s -> offerSeed(s, 0, false));
    for (Map.Entry<String, PreviousFetch> e : config.previous().entrySet()) {
      offerSeed(e.getKey(), e.getValue().depth(), false);
    }
    sitemap.keySet().forEach(url -> offerSeed(url, 0, false));
  }

  /** Not due, and the sitemap dates the page no later than its last request. */
  private static boolean notDue(PreviousFetch previous, Instant lastmod) {
    Instant asked = previous.askOnlyIfModifiedAfter();
    return asked != null && lastmod != null && !lastmod.isAfter(asked);
  }

  /** The sitemaps' page URLs, normalized, with their lastmod (null where none is given). */
  private Map<String, Instant> sitemapUrls() {
    URI base = normalizer.normalizeToUri(config.base().toString());
    List<URI> sitemaps = new ArrayList<>();
    for (String s : robots.rulesFor(base).sitemaps()) {
      URI u = normalizer.normalizeToUri(s);
      if (u != null) {
        sitemaps.add(u);
      }
    }
    sitemaps.add(base.resolve("/sitemap.xml"));
    SitemapReader reader = new SitemapReader(fetcher, config.delayMs(), config.maxPages());
    Map<String, Instant> urls = new LinkedHashMap<>();
    reader
        .readDated(sitemaps, scope::sameSite, () -> stopRequested)
        .forEach(
            (raw, lastmod) -> {
              String n = normalizer.normalize(raw);
              if (n != null) {
                SitemapReader.putLatest(urls, n, lastmod);
              }
            });
    return urls;
  }

  /**
   * Known pages this run left unrequested because they were not due and their sitemap {@code
   * lastmod} said they were unchanged.
   */
  public long notRequested() {
    return notRequested.get();
  }

  private void offerSeed(String raw, int depth, boolean base) {
    String n = normalizer.normalize(raw);
    if (n == null) {
      LOG.warn("seed {} is not a valid http(s) URL; skipped", raw);
      return;
    }
    CrawlUrl url = CrawlUrl.of(n, depth);
    // the base URL is exempt from include patterns, otherwise "--include /producten/" could never
    // start
    if (base ? scope.sameSite(url.uri()) : scope.allows(url.uri())) {
      frontier.offer(url);
    }
  }

  private CrawlProgress progress(Reporter rep, long start) {
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    long pages = rep.pages.get();
    return new CrawlProgress(
        pages,
        frontier.queued(),
        rep.errors.get(),
        rep.skipped.get(),
        elapsed > 0 ? pages * 1000.0 / elapsed : 0,
        elapsed);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true; // keep waiting: in-flight pages must finish; restore the flag after
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
