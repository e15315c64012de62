package nl.wmebv.crawler;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.crawler.fetch.AddressGuard;
import nl.wmebv.crawler.fetch.FetchOptions;
import nl.wmebv.crawler.fetch.FetchResult;
import nl.wmebv.crawler.fetch.HttpFetcher;
import nl.wmebv.crawler.filter.Scope;
import nl.wmebv.crawler.filter.UrlNormalizer;
import nl.wmebv.crawler.frontier.CrawlUrl;
import nl.wmebv.crawler.frontier.Frontier;
import nl.wmebv.crawler.parse.HtmlParser;
import nl.wmebv.crawler.parse.ParseBudget;
import nl.wmebv.crawler.parse.ParsedPage;
import nl.wmebv.crawler.robots.HostRules;
import nl.wmebv.crawler.robots.RobotsCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does everything for one URL: robots, conditional fetch, parse, links, canonical, report.
 * Thread-safe.
 */
final class PageWorker {
  private static final Logger LOG = LoggerFactory.getLogger(PageWorker.class);
  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

  /**
   * Pages with more elements are crawled (links, canonical, title) but not analysed: the analysis
   * takes about 20 µs and a copy of the main content per element, Lighthouse already calls 1,400
   * elements excessive and a municipal product page has 500 to 5,000; a page of 60,000 links is a
   * dump or a trap, not a product.
   */
  static final int MAX_ANALYSED_ELEMENTS = 20_000;

  private final CrawlConfig config;
  private final HttpFetcher fetcher;
  private final RobotsCache robots;
  private final Scope scope;
  private final UrlNormalizer normalizer;
  private final Frontier frontier;
  private final PageAnalyzer analyzer;
  private final ParseBudget budget;
  private final Set<String> delaySet = ConcurrentHashMap.newKeySet();
  private final String baseUrl;
  // Two entries per fetched page, kept for the whole crawl, so as 64-bit fingerprints (the first 16
  // hex digits of
  // the SHA-256) rather than URL and hex strings: about 190 instead of 270 bytes a page. A false
  // match between two
  // of a crawl's 100,000 pages has a chance of about 1 in 10^9.
  // the content per fetched URL, to recognise a canonical variant with the same content
  private final Map<Long, Long> hashes = new ConcurrentHashMap<>();
  // the first URL fetched per content: another URL with the same body is the same page
  private final Map<Long, String> firstUrlByHash = new ConcurrentHashMap<>();

  PageWorker(
      CrawlConfig config,
      HttpFetcher fetcher,
      RobotsCache robots,
      Scope scope,
      UrlNormalizer normalizer,
      Frontier frontier,
      PageAnalyzer analyzer,
      ParseBudget budget) {
    this.config = config;
    this.fetcher = fetcher;
    this.robots = robots;
    this.scope = scope;
    this.normalizer = normalizer;
    this.frontier = frontier;
    this.analyzer = analyzer;
    this.budget = budget;
    this.baseUrl = normalizer.normalize(config.base().toString());
  }

  /** Processes a URL taken from the frontier and reports it through the reporter; never throws. */
  void process(CrawlUrl item, Reporter reporter) {
    boolean requested = false;
    try {
      Optional<String> refused = fetcher.guard().check(item.uri());
      if (refused
          .isPresent()) { // before robots.txt, which would otherwise be the (indirect) refusal
        // an internal address is refused on purpose (skipped); an unknown host is a failure (error)
        reporter.deliver(
            AddressGuard.isRefusal(refused.get())
                ? PageRecord.skipped(item.url(), item.depth(), refused.get())
                : PageRecord.failed(item.url(), item.url(), 0, item.depth(), refused.get(), 0));
        return;
      }
      HostRules rules = rulesFor(item.uri());
      if (!rules.allows(item.url())) {
        // a Disallow is the site's wish, not a broken page: skipped. An unreachable robots.txt
        // (5xx, network)
        // is the site failing, and it blocks every URL, so those stay errors the consultant must
        // see
        reporter.deliver(
            rules.unreachableReason() == null
                ? PageRecord.skipped(item.url(), item.depth(), rules.refusal())
                : PageRecord.failed(item.url(), item.url(), 0, item.depth(), rules.refusal(), 0));
        return;
      }
      requested = true;
      PreviousFetch previous = config.previous().get(item.url());
      FetchResult r = fetcher.fetch(item.uri(), options(previous, item.url().equals(baseUrl)));
      handle(item, previous, r, reporter);
    } catch (RuntimeException e) {
      reporter.deliver(
          PageRecord.failed(item.url(), item.url(), 0, item.depth(), "internal error: " + e, 0));
    } catch (InterruptedException e) {
      // the crawl is being shut down while the page waited for the parse budget: not reported, so
      // it stays on the
      // to-do list of the checkpoint and a resumed crawl fetches it (the thread ends at its next
      // take)
      Thread.currentThread().interrupt();
    } catch (OutOfMemoryError | StackOverflowError e) {
      // one page too large or too deep for this heap: its document is dropped with this frame, the
      // page is
      // an error the consultant sees, and the worker goes on with the next URL instead of dying
      LOG.warn("page {} could not be parsed in this heap: {}", item.url(), e.toString());
      reporter.deliver(
          PageRecord.failed(
              item.url(),
              item.url(),
              0,
              item.depth(),
              "page too large to parse (" + e.getClass().getSimpleName() + ")",
              0));
    } finally {
      frontier.done(item, requested);
    }
  }

  private HostRules rulesFor(URI uri) {
    HostRules rules = robots.rulesFor(uri);
    String key = uri.getScheme() + "://" + uri.getRawAuthority();
    if (delaySet.add(key)) {
      frontier.setHostDelay(key, Math.max(config.delayMs(), rules.crawlDelayMs()));
    }
    return rules;
  }

  private FetchOptions options(PreviousFetch previous, boolean isBase) {
    Map<String, String> headers = new HashMap<>();
    if (previous != null && previous.etag() != null) {
      headers.put("If-None-Match", previous.etag());
    }
    if (previous != null && previous.lastModified() != null) {
      headers.put("If-Modified-Since", previous.lastModified());
    }
    Predicate<URI> followHop =
        target -> {
          String n = normalizer.normalize(target.toString());
          if (isBase && n != null && !scope.sameSite(URI.create(n))) {
            scope.addHost(
                URI.create(n)
                    .getHost()); // the site moved (gemeente.nl -> gemeentenaam.nl): follow it
          }
          // follow only redirects to pages of this site that robots.txt allows and nobody fetched
          // yet,
          // so a page is fetched once even when several URLs redirect to it
          return n != null
              && scope.allows(URI.create(n))
              && robots.rulesFor(URI.create(n)).allows(n)
              && frontier.markSeen(n);
        };
    Predicate<String> readBody = type -> type == null || HTML.contains(type);
    return new FetchOptions("GET", config.maxBytesPerPage(), headers, followHop, readBody);
  }

  private void handle(CrawlUrl item, PreviousFetch previous, FetchResult r, Reporter reporter)
      throws InterruptedException {
    String finalUrl = orRaw(normalizer.normalize(r.finalUrl().toString()), r.finalUrl());
    String etag = r.header("etag");
    String lastModified = r.header("last-modified");
    if (r.error() != null || r.status() >= 400 || r.status() == 0) {
      String error = r.error() != null ? r.error() : "HTTP " + r.status();
      reporter.deliver(
          PageRecord.failed(
              item.url(), finalUrl, r.status(), r.contentType(), item.depth(), error, r.millis()));
      return;
    }
    if (r.status() == 304 && previous != null) {
      sameBodyAs(
          previous.contentHash(), finalUrl); // unchanged: still the page that other URLs may repeat
      reporter.deliver(
          new PageRecord(
              item.url(),
              finalUrl,
              304,
              null,
              null,
              item.depth(),
              previous.contentHash(),
              false,
              etag != null ? etag : previous.etag(),
              lastModified != null ? lastModified : previous.lastModified(),
              null,
              List.of(),
              null,
              r.millis(),
              null,
              null));
      return;
    }
    String type = r.contentType();
    boolean html = r.status() >= 200 && r.status() < 300 && (type == null || HTML.contains(type));
    if (!html) { // unfollowed redirect, 1xx/204-like oddities, or a non-HTML resource (body not
      // read)
      reporter.deliver(
          new PageRecord(
              item.url(),
              finalUrl,
              r.status(),
              type,
              null,
              item.depth(),
              null,
              previous == null,
              etag,
              lastModified,
              null,
              List.of(),
              null,
              r.millis(),
              null,
              null));
      return;
    }
    String hash = sha256(r.body());
    boolean changed = previous == null || !hash.equals(previous.contentHash());
    frontier.fetched(item, r.body());
    ParseBudget.Permit permit = budget.acquire(r.body().length);
    try {
      parseAndReport(
          item, r, new Fetched(finalUrl, type, hash, changed, etag, lastModified), reporter);
    } finally {
      permit.close(); // a document held back for warm-up is bounded by the analyzer, not by this
      // budget
    }
  }

  /** What the fetch established about a page whose HTML body is about to be parsed. */
  private record Fetched(
      String finalUrl,
      String type,
      String hash,
      boolean changed,
      String etag,
      String lastModified) {}

  private void parseAndReport(CrawlUrl item, FetchResult r, Fetched f, Reporter reporter) {
    String finalUrl = f.finalUrl();
    String hash = f.hash();
    ParsedPage page = HtmlParser.parse(r.body(), r.headerCharset(), r.finalUrl());
    String canonical = canonicalOf(page, finalUrl);
    long content = fingerprint(hash);
    String duplicateOf =
        canonical != null && Long.valueOf(content).equals(hashes.get(urlFingerprint(canonical)))
            ? canonical
            : sameBodyAs(hash, finalUrl);
    hashes.put(urlFingerprint(finalUrl), content);
    if (duplicateOf == null) {
      offerLinks(item, page, canonical);
    }
    PageRecord record =
        new PageRecord(
            item.url(),
            finalUrl,
            r.status(),
            f.type() == null ? "text/html" : f.type(),
            page.title(),
            item.depth(),
            hash,
            f.changed(),
            f.etag(),
            f.lastModified(),
            canonical,
            page.documentLinks(),
            null,
            r.millis(),
            null,
            duplicateOf);
    if (duplicateOf != null) {
      reporter.deliver(
          record); // a variant of a page already analysed: reported, not analysed again
      return;
    }
    int elements = page.document().getAllElements().size();
    if (elements > MAX_ANALYSED_ELEMENTS) {
      LOG.warn(
          "page {} has {} elements, over the {} analysed; reported without analysis",
          finalUrl,
          elements,
          MAX_ANALYSED_ELEMENTS);
      reporter.deliver(record);
      return;
    }
    var callback = reporter.awaitAnalysis(record);
    try {
      analyzer.analyze(r.finalUrl(), page.document(), callback);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      LOG.warn("page analysis failed for {}: {}", finalUrl, e.toString());
      callback.accept(
          null); // a failing analyzer, or one page too large for the heap, must not lose the page
    }
  }

  /**
   * The URL fetched earlier with exactly this body, or null: two spellings ({@code /} and {@code
   * /index.php}) are one page only when the server says so, and the same bytes are its word. The
   * first URL keeps the page.
   */
  private String sameBodyAs(String hash, String url) {
    if (hash == null) {
      return null;
    }
    String first = firstUrlByHash.putIfAbsent(fingerprint(hash), url);
    return first == null || first.equals(url) ? null : first;
  }

  private String canonicalOf(ParsedPage page, String finalUrl) {
    String n = normalizer.normalize(page.canonical());
    return n != null && !n.equals(finalUrl) && scope.sameSite(URI.create(n)) ? n : null;
  }

  private void offerLinks(CrawlUrl item, ParsedPage page, String canonical) {
    if (canonical != null && scope.allows(URI.create(canonical))) {
      frontier.offer(CrawlUrl.of(canonical, item.depth()));
    }
    if (page.noFollow() || item.depth() >= config.maxDepth()) {
      return;
    }
    for (String link : page.links()) {
      String n = normalizer.normalize(link);
      if (n == null || HtmlParser.isDocument(n)) {
        continue;
      }
      CrawlUrl next = CrawlUrl.of(n, item.depth() + 1);
      if (scope.allows(next.uri())) {
        frontier.offer(next);
      }
    }
  }

  private static String orRaw(String normalized, URI raw) {
    return normalized != null ? normalized : raw.toString();
  }

  /**
   * The first 64 bits of a hex SHA-256 (a hash of another shape, as an earlier crawl may hold, is
   * hashed first).
   */
  private static long fingerprint(String hexSha256) {
    if (hexSha256.length() >= 16) {
      try {
        return Long.parseUnsignedLong(hexSha256, 0, 16, 16);
      } catch (NumberFormatException e) {
        // not hex: falls through
      }
    }
    return fingerprint(sha256(hexSha256.getBytes(StandardCharsets.UTF_8)));
  }

  private static long urlFingerprint(String url) {
    return fingerprint(sha256(url.getBytes(StandardCharsets.UTF_8)));
  }

  static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
