package nl.wmebv.crawler.detect;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelCheck;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.channel.ChannelDetector;
import nl.wmebv.crawler.detect.channel.ChannelType;
import nl.wmebv.crawler.detect.channel.ChannelVerdict;
import nl.wmebv.crawler.detect.channel.TargetKind;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.crawler.detect.page.ChromeModel;
import nl.wmebv.crawler.detect.page.Outline;
import nl.wmebv.crawler.detect.product.CatalogueLinks;
import nl.wmebv.crawler.detect.product.MessageTypes;
import nl.wmebv.crawler.detect.product.ProductDetector;
import nl.wmebv.crawler.detect.product.ProductInfo;
import nl.wmebv.crawler.detect.product.SiteVerdicts;
import nl.wmebv.crawler.detect.text.ReadabilityMeter;
import nl.wmebv.crawler.detect.text.SectionAnalyzer;
import nl.wmebv.crawler.detect.text.SectionReport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Analyses one page given the site's chrome: the pipeline behind {@link SiteAnalyzer}. Thread-safe.
 */
public final class PageDetector {
  private final AnalysisConfig config;
  private final ProductDetector products;
  private final SectionAnalyzer sections;
  private final ChannelChecker checker;
  private final SiteVerdicts verdicts;

  /**
   * @param checker the checker for digital channels, or null for no network at all
   */
  public PageDetector(AnalysisConfig config, ChannelChecker checker) {
    this(config, checker, SiteVerdicts.none());
  }

  /**
   * @param verdicts what people decided about the site's pages (the page and its template siblings
   *     follow)
   */
  public PageDetector(AnalysisConfig config, ChannelChecker checker, SiteVerdicts verdicts) {
    this.config = config;
    this.products = new ProductDetector(config);
    this.sections = new SectionAnalyzer(config.sectionTemplate());
    this.checker = checker;
    this.verdicts = verdicts;
  }

  /** Analyses a page without any learned chrome (semantic header/footer/aside removal only). */
  public PageAnalysis analyze(URI url, Document doc) {
    return analyze(url, doc, ChromeModel.none());
  }

  PageAnalysis analyze(URI url, Document doc, ChromeModel chrome) {
    return analyze(url, doc, chrome, false);
  }

  /**
   * @param listed the site's A–Z overview links to this page (see {@link CatalogueLinks})
   */
  PageAnalysis analyze(URI url, Document doc, ChromeModel chrome, boolean listed) {
    return analyze(url, doc, chrome, chrome.mainContent(doc), listed);
  }

  /**
   * As above, with the page's main content already taken out (a copy: {@link
   * ChromeModel#mainContent}).
   */
  PageAnalysis analyze(URI url, Document doc, ChromeModel chrome, Element main, boolean listed) {
    Outline outline = Outline.of(main);
    SectionReport report = sections.analyze(outline);
    // a search result page quotes other pages: its snippets and result links are nobody's channel
    List<Channel> channels =
        ProductDetector.isSearchPage(url, doc, main)
            ? List.of()
            : ChannelDetector.detect(url, main, outline, chrome);
    ProductDetector.PageContext person =
        new ProductDetector.PageContext(verdicts.of(url).orElse(null), listed);
    ProductDetector.Decision decision =
        products.decide(
            url, doc, main, report.present().size(), chrome.pageTitle(doc), channels, person);
    ProductInfo product = decision.product();
    if (checker != null && config.checkChannels()) {
      channels =
          channels.stream()
              .map(checker::check)
              .filter(c -> c.check() == null || c.check().found() != TargetKind.CALCULATOR)
              .map(PageDetector::loginFromVisit)
              .toList();
      String name = product != null ? product.name() : chrome.pageTitle(doc);
      // a page not taken for a product and not ruled out (home, overview, news, search) has its
      // action links
      // visited too: what they lead to may be the evidence its wording did not give
      List<Channel> visited =
          decision.vetoed()
              ? channels
              : withVisitedCandidates(url, main, chrome, outline, channels, name, false);
      if (product == null
          && !decision.vetoed()
          && (visited.size() > channels.size()
              || channels.stream().anyMatch(c -> c.check() != null))) {
        // the visits found the channel the wording did not show: decide again with it (a product
        // page whose
        // only call to action reads "DigiD linkVerhuizing doorgeven")
        decision =
            products.decide(
                url, doc, main, report.present().size(), chrome.pageTitle(doc), visited, person);
        product = decision.product();
      }
      if (product != null) {
        channels = withSideColumns(url, doc, chrome, visited);
      }
    }
    List<String> messageTypes =
        product == null
            ? List.of()
            : MessageTypes.of(
                product.name(),
                url,
                config.upl() == null
                    ? null
                    : config.upl().byNameOrUri(product.uplUri()).orElse(null));
    return new PageAnalysis(
        product,
        channels,
        ChannelVerdict.of(channels),
        messageTypes,
        report.present(),
        report.missing(),
        report.outOfOrder(),
        ReadabilityMeter.measure(main));
  }

  /**
   * A product page's action links that no rule recognised are visited (at most three, each target
   * once per crawl): where the visit finds a login gate, a web form or an appointment system, that
   * is the channel.
   */
  private List<Channel> withVisitedCandidates(
      URI url,
      Element main,
      ChromeModel chrome,
      Outline outline,
      List<Channel> channels,
      String productName,
      boolean strongOnly) {
    List<Channel> all = new ArrayList<>(channels);
    for (ChannelDetector.Candidate c :
        ChannelDetector.candidates(url, main, chrome, channels, productName)) {
      if (strongOnly && !c.buttonLike() && !c.namesProduct()) {
        continue; // on a page not yet taken for a product, only a call to action is worth a visit
      }
      ChannelCheck visit = checker.check(c.target().toString());
      // the site's own host is never a form host by that alone: its broken info links are no broken
      // forms
      boolean formHost =
          checker.onFormHost(c.target().toString())
              && !String.valueOf(c.target().getHost())
                  .equalsIgnoreCase(String.valueOf(url.getHost()));
      Channel found = ChannelDetector.fromVisit(c, visit, outline, formHost);
      if (found != null) {
        all.add(found);
      }
    }
    return all;
  }

  /**
   * An e-form that named no login, whose visit ended at a DigiD or eHerkenning login, asks for that
   * login.
   */
  private static Channel loginFromVisit(Channel c) {
    if (c.type() != ChannelType.EFORM_OPEN || c.check() == null || c.check().found() == null) {
      return c;
    }
    ChannelType login =
        switch (c.check().found()) {
          case LOGIN_DIGID, LOGIN_EIDAS -> ChannelType.EFORM_DIGID;
          case LOGIN_EHERKENNING -> ChannelType.EFORM_EHERKENNING;
          default -> null;
        };
    return login == null
        ? c
        : new Channel(
            login,
            c.target(),
            c.anchorText(),
            c.section(),
            c.rule() + "; visited: " + c.check().reason(),
            c.check());
  }

  /** The links of the page when it is the site's A–Z overview of products, else none. */
  Set<String> catalogueLinks(Document doc, Element main, ChromeModel chrome) {
    return CatalogueLinks.of(doc, main, chrome.pageTitle(doc));
  }

  /**
   * A product page's e-form or portal offered in a side column outside its main content belongs to
   * it.
   */
  private List<Channel> withSideColumns(
      URI url, Document doc, ChromeModel chrome, List<Channel> channels) {
    List<Channel> all = new ArrayList<>(channels);
    for (Element side : chrome.sideColumns(doc)) {
      for (Channel c : ChannelDetector.detect(url, side, Outline.of(side), chrome)) {
        boolean known = all.stream().anyMatch(k -> k.target().equals(c.target()));
        if (!known
            && (c.type().name().startsWith("EFORM") || c.type() == ChannelType.NATIONAL_PORTAL)) {
          all.add(loginFromVisit(checker.check(c)));
        }
      }
    }
    return all;
  }
}
