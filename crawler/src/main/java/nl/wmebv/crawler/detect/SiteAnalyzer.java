package nl.wmebv.crawler.detect;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.channel.ChannelDetector;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.crawler.detect.page.ChromeModel;
import nl.wmebv.crawler.detect.product.SiteVerdicts;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler's page analyzer: per site (host) it holds back the first {@code warmUpPages}
 * documents (fewer when they are large: at most {@link #HELD_ELEMENTS} elements in all), learns the
 * chrome from them, then analyses those and every later page at once. {@link #flush()} analyses
 * what is still held (sites with fewer pages). Thread-safe; analysis and channel checks run outside
 * the locks on the calling crawler thread.
 */
public final class SiteAnalyzer implements PageAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(SiteAnalyzer.class);

  /**
   * Elements held back per site before the chrome is learned from what is held: twenty ordinary
   * pages (1,000–3,000 elements each) fit, twelve pages of 90,000 elements (a hostile site) no
   * longer fill the heap.
   */
  static final int HELD_ELEMENTS = 30_000;

  private record Held(URI url, Document doc, Consumer<PageAnalysis> result) {}

  private static final class Site {
    final List<Held> held = new ArrayList<>();
    int heldElements;
    volatile ChromeModel chrome;

    /** The pages the site's A–Z overview links to (a place in the site product pages have). */
    final java.util.Set<String> catalogue = ConcurrentHashMap.newKeySet();
  }

  private final AnalysisConfig config;
  private final PageDetector detector;
  private final ConcurrentHashMap<String, Site> sites = new ConcurrentHashMap<>();

  /** An analyzer with its own channel checker (no checker at all when checks are off). */
  public SiteAnalyzer(AnalysisConfig config) {
    this(config, config.checkChannels() ? new ChannelChecker(config) : null);
  }

  /** An analyzer with a given checker (shared cache, or one routed to a stub server in tests). */
  public SiteAnalyzer(AnalysisConfig config, ChannelChecker checker) {
    this(config, checker, SiteVerdicts.none());
  }

  /**
   * As above, with what people decided about the site's pages, which the page and its template
   * siblings follow.
   */
  public SiteAnalyzer(AnalysisConfig config, ChannelChecker checker, SiteVerdicts verdicts) {
    this.config = config;
    this.detector = new PageDetector(config, checker, verdicts);
  }

  @Override
  public void analyze(URI pageUrl, Document document, Consumer<PageAnalysis> result) {
    Site site = sites.computeIfAbsent(siteKey(pageUrl), k -> new Site());
    List<Held> ready;
    ChromeModel chrome;
    synchronized (site) {
      chrome = site.chrome;
      if (chrome == null) {
        site.held.add(new Held(pageUrl, document, result));
        site.heldElements += document.getAllElements().size();
        if (site.held.size() < config.warmUpPages() && site.heldElements < HELD_ELEMENTS) {
          return;
        }
        chrome = learn(site);
        ready = drain(site);
      } else {
        ready = List.of(new Held(pageUrl, document, result));
      }
    }
    deliver(site, ready, chrome);
  }

  @Override
  public void flush() {
    for (Site site : sites.values()) {
      List<Held> ready;
      ChromeModel chrome;
      synchronized (site) {
        if (site.held.isEmpty()) {
          continue;
        }
        chrome = site.chrome != null ? site.chrome : learn(site);
        ready = drain(site);
      }
      deliver(site, ready, chrome);
    }
  }

  private ChromeModel learn(Site site) {
    ChromeModel chrome =
        ChromeModel.learn(
            site.held.stream().map(Held::doc).toList(),
            config.chromeShare(),
            config.chromeMinPages());
    site.chrome = chrome;
    return chrome;
  }

  private static List<Held> drain(Site site) {
    List<Held> ready = List.copyOf(site.held);
    site.held.clear();
    site.heldElements = 0;
    return ready;
  }

  private void deliver(Site site, List<Held> ready, ChromeModel chrome) {
    // the overviews among the pages first, so that a product page held with its A-Z list knows it
    // is listed; the
    // main content (a copy of the page) is taken out once per page for both
    List<org.jsoup.nodes.Element> mains = new ArrayList<>(ready.size());
    for (Held h : ready) {
      org.jsoup.nodes.Element main = null;
      try {
        main = chrome.mainContent(h.doc());
        site.catalogue.addAll(detector.catalogueLinks(h.doc(), main, chrome));
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        LOG.debug("no catalogue links from {}: {}", h.url(), e.toString());
      }
      mains.add(main);
    }
    for (int i = 0; i < ready.size(); i++) {
      Held h = ready.get(i);
      PageAnalysis analysis = null;
      try {
        boolean listed =
            site.catalogue.contains(ChannelDetector.withoutFragment(h.url().toString()));
        analysis =
            mains.get(i) == null
                ? detector.analyze(h.url(), h.doc(), chrome, listed)
                : detector.analyze(h.url(), h.doc(), chrome, mains.get(i), listed);
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        // one odd page (or one too large for the heap) must not stop the crawl, nor the pages held
        // with it:
        // the page is reported without analysis
        LOG.warn("page analysis failed for {}: {}", h.url(), e.toString());
      }
      mains.set(i, null); // the copy of the main content is let go as soon as its page is done
      h.result().accept(analysis);
    }
  }

  private static String siteKey(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
