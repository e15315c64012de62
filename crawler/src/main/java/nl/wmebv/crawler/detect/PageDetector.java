package nl.wmebv.crawler.detect;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Analyses one page given the site's chrome: the pipeline behind {@link SiteAnalyzer}. Thread-safe. */
public final class PageDetector {
  private final AnalysisConfig config;
  private final ProductDetector products;
  private final SectionAnalyzer sections;
  private final ChannelChecker checker;

  /** @param checker the checker for digital channels, or null for no network at all */
  public PageDetector(AnalysisConfig config, ChannelChecker checker) {
    this.config = config;
    this.products = new ProductDetector(config);
    this.sections = new SectionAnalyzer(config.sectionTemplate());
    this.checker = checker;
  }

  /** Analyses a page without any learned chrome (semantic header/footer/aside removal only). */
  public PageAnalysis analyze(URI url, Document doc) {
    return analyze(url, doc, ChromeModel.none());
  }

  PageAnalysis analyze(URI url, Document doc, ChromeModel chrome) {
    Element main = chrome.mainContent(doc);
    Outline outline = Outline.of(main);
    SectionReport report = sections.analyze(outline);
    ProductDetector.Decision decision =
        products.decide(url, doc, main, report.present().size(), chrome.pageTitle(doc));
    // a search result page quotes other pages: its snippets and result links are nobody's channel
    List<Channel> channels = ProductDetector.isSearchPage(url, doc, main) ? List.of()
        : ChannelDetector.detect(url, main, outline, chrome);
    if (checker != null && config.checkChannels()) {
      channels = channels.stream().map(checker::check).toList();
    }
    ProductInfo product = decision.product();
    List<String> messageTypes = product == null ? List.of()
        : MessageTypes.of(product.name(), url,
            config.upl() == null ? null : config.upl().byNameOrUri(product.uplUri()).orElse(null));
    return new PageAnalysis(product, channels, ChannelVerdict.of(channels), messageTypes, report.present(),
        report.missing(), report.outOfOrder(), ReadabilityMeter.measure(main));
  }
}
