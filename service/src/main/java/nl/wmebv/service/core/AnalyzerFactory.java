package nl.wmebv.service.core;

import java.time.Duration;
import java.util.function.Supplier;
import nl.wmebv.crawler.PageAnalyzer;
import nl.wmebv.crawler.detect.AnalysisConfig;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.crawler.detect.UplIndex;
import nl.wmebv.service.config.CrawlerSettings;
import nl.wmebv.service.db.SiteRow;

/**
 * Builds the page analyzer for one crawl of a site: a fresh one per crawl, since it learns the site's chrome,
 * with the current UPL (a page named like a UPL product is evidence of a product page, and gives its uniform
 * name and message types).
 */
public class AnalyzerFactory {
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);

  private final CrawlerSettings settings;
  private final Supplier<UplIndex> upl;

  /** @param upl the UPL at the start of each crawl (null inside: analysis without it) */
  public AnalyzerFactory(CrawlerSettings settings, Supplier<UplIndex> upl) {
    this.settings = settings;
    this.upl = upl;
  }

  public PageAnalyzer create(SiteRow site) {
    return new SiteAnalyzer(AnalysisConfig.defaults()
        .withChecks(settings.isCheckChannels(), CHECK_TIMEOUT)
        .withAllowPrivateAddresses(settings.isAllowPrivateAddresses())
        .withUpl(upl.get()));
  }
}
