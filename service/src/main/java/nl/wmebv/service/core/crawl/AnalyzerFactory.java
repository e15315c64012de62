package nl.wmebv.service.core.crawl;

import java.time.Duration;
import java.util.function.Supplier;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.crawler.detect.product.SiteVerdicts;
import nl.wmebv.crawler.detect.upl.UplIndex;
import nl.wmebv.service.config.CrawlerSettings;
import nl.wmebv.service.db.SiteRow;

/**
 * Builds the page analyzer for one crawl of a site: a fresh one per crawl, since it learns the
 * site's chrome, with the current UPL (a page named like a UPL product is evidence of a product
 * page, and gives its uniform name and message types), and people's verdicts on the site's pages,
 * which the crawl follows.
 */
public class AnalyzerFactory {
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);

  private final CrawlerSettings settings;
  private final Supplier<UplIndex> upl;
  private final PageVerdicts verdicts;
  private final java.util.function.LongFunction<java.util.List<String>> feedFormUrls;

  /**
   * @param upl the UPL at the start of each crawl (null inside: analysis without it)
   * @param verdicts people's verdicts on pages, which the crawl follows (null: none)
   * @param feedFormUrls per municipality the SC feed's aanvraagURLs, whose hosts are its form hosts
   */
  public AnalyzerFactory(
      CrawlerSettings settings,
      Supplier<UplIndex> upl,
      PageVerdicts verdicts,
      java.util.function.LongFunction<java.util.List<String>> feedFormUrls) {
    this.settings = settings;
    this.upl = upl;
    this.verdicts = verdicts;
    this.feedFormUrls = feedFormUrls;
  }

  public PageAnalyzer create(SiteRow site) {
    return create(site, checker(site));
  }

  /**
   * The analyzer of one run with the given checker (the channel watch shares it with its
   * re-checks).
   */
  public PageAnalyzer create(SiteRow site, ChannelChecker checker) {
    SiteVerdicts people = verdicts == null ? SiteVerdicts.none() : verdicts.forCrawl(site.id());
    return new SiteAnalyzer(config(), checker, people);
  }

  /**
   * A channel checker for one run of the site (null when channel checks are off), knowing its form
   * hosts.
   */
  public ChannelChecker checker(SiteRow site) {
    AnalysisConfig config = checks(); // the checker needs no UPL
    ChannelChecker checker = config.checkChannels() ? new ChannelChecker(config) : null;
    if (checker != null && feedFormUrls != null) {
      // a link to one of these hosts that fails is a broken form, whatever its wording
      checker.knowFormHosts(
          feedFormUrls.apply(site.municipalityId()).stream().map(AnalyzerFactory::host).toList());
    }
    return checker;
  }

  private AnalysisConfig config() {
    return checks().withUpl(upl.get());
  }

  private AnalysisConfig checks() {
    return AnalysisConfig.defaults()
        .withChecks(settings.isCheckChannels(), CHECK_TIMEOUT)
        .withAllowPrivateAddresses(settings.isAllowPrivateAddresses());
  }

  private static String host(String url) {
    try {
      return java.net.URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
