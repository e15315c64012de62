package bench;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** crawler4j 4.4.0 on one site, settings as close to ours as it allows: usage: seed threads. */
public final class Crawler4jBench {
  static final AtomicLong PAGES = new AtomicLong();
  static String prefix;

  /** Stays on the site, skips documents; counts every visited page. */
  public static final class SiteCrawler extends WebCrawler {
    @Override
    public boolean shouldVisit(Page referringPage, WebURL url) {
      String href = url.getURL().toLowerCase(Locale.ROOT);
      return href.startsWith(prefix) && !href.endsWith(".pdf");
    }

    @Override
    public void visit(Page page) {
      PAGES.incrementAndGet();
    }
  }

  public static void main(String[] args) throws Exception {
    String seed = args[0];
    int threads = Integer.parseInt(args[1]);
    prefix = seed.toLowerCase(Locale.ROOT);
    CrawlConfig config = new CrawlConfig();
    config.setCrawlStorageFolder(Files.createTempDirectory("crawler4j").toString());
    config.setPolitenessDelay(0);
    config.setMaxDepthOfCrawling(-1);
    config.setMaxPagesToFetch(-1);
    config.setIncludeBinaryContentInCrawling(false);
    config.setResumableCrawling(false);
    config.setUserAgentString("crawler4j-bench");
    // the stock 10 s / 10 s / 10 s waits add 30-40 s to every crawl (PEERS.md)
    config.setThreadMonitoringDelaySeconds(1);
    config.setThreadShutdownDelaySeconds(1);
    config.setCleanupDelaySeconds(1);
    PageFetcher fetcher = new PageFetcher(config);
    RobotstxtServer robots = new RobotstxtServer(new RobotstxtConfig(), fetcher);
    CrawlController controller = new CrawlController(config, fetcher, robots);
    controller.addSeed(seed);
    long start = System.nanoTime();
    controller.start(SiteCrawler.class, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "pages=%d seconds=%.1f pages/s=%.1f%n", PAGES.get(), seconds,
        PAGES.get() / seconds);
  }
}
