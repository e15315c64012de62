package nl.wmebv.service.core;

import java.time.Duration;
import java.util.function.Supplier;
import nl.wmebv.crawler.PageAnalyzer;
import nl.wmebv.crawler.detect.AnalysisConfig;
import nl.wmebv.crawler.detect.ChannelChecker;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.crawler.detect.SiteVerdicts;
import nl.wmebv.crawler.detect.UplIndex;
import nl.wmebv.service.config.CrawlerSettings;
import nl.wmebv.service.db.SiteRow;

/**
 * Builds the page analyzer for one crawl of a site: a fresh one per crawl, since it learns the site's chrome,
 * with the current UPL (a page named like a UPL product is evidence of a product page, and gives its uniform
 * name and message types), and people's verdicts on the site's pages, which the crawl follows.
 */
public class AnalyzerFactory {
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);

  private final CrawlerSettings settings;
  private final Supplier<UplIndex> upl;
  private final PageVerdicts verdicts;

  /**
   * @param upl the UPL at the start of each crawl (null inside: analysis without it)
   * @param verdicts people's verdicts on pages, which the crawl follows (null: none)
   */
  public AnalyzerFactory(CrawlerSettings settings, Supplier<UplIndex> upl, PageVerdicts verdicts) {
    this.settings = settings;
    this.upl = upl;
    this.verdicts = verdicts;
  }

  public PageAnalyzer create(SiteRow site) {
    AnalysisConfig config = AnalysisConfig.defaults()
        .withChecks(settings.isCheckChannels(), CHECK_TIMEOUT)
        .withAllowPrivateAddresses(settings.isAllowPrivateAddresses())
        .withUpl(upl.get());
    SiteVerdicts people = verdicts == null ? SiteVerdicts.none() : verdicts.forCrawl(site.id());
    return new SiteAnalyzer(config, config.checkChannels() ? new ChannelChecker(config) : null, people);
  }
}
