package nl.wmebv.service.core;

import java.time.Duration;
import nl.wmebv.crawler.PageAnalyzer;
import nl.wmebv.crawler.detect.AnalysisConfig;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.service.config.CrawlerSettings;
import nl.wmebv.service.db.SiteRow;

/** Builds the page analyzer for one crawl of a site: a fresh one per crawl, since it learns the site's chrome. */
public class AnalyzerFactory {
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);

  private final CrawlerSettings settings;

  public AnalyzerFactory(CrawlerSettings settings) {
    this.settings = settings;
  }

  public PageAnalyzer create(SiteRow site) {
    return new SiteAnalyzer(AnalysisConfig.defaults()
        .withChecks(settings.isCheckChannels(), CHECK_TIMEOUT)
        .withAllowPrivateAddresses(settings.isAllowPrivateAddresses()));
  }
}
