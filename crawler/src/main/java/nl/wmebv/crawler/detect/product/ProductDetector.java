package nl.wmebv.crawler.detect.product;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelDetector;
import nl.wmebv.crawler.detect.channel.ChannelType;
import nl.wmebv.crawler.detect.channel.TargetClassifier;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.crawler.detect.page.ChromeModel;
import nl.wmebv.crawler.detect.page.Css;
import nl.wmebv.crawler.detect.page.Text;
import nl.wmebv.crawler.detect.upl.UplEntry;
import nl.wmebv.crawler.detect.upl.UplMatch;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Decides whether a page is a product/service page. Metadata decides when present; otherwise vetoes
 * (home, news, search, contact, category overview, form page) are applied and the remaining page
 * must score at least 3 points: product URL pattern 3, template sections 2 (3 from four), UPL name
 * 1, product wording in the title 1, topic-tree leaf URL 1; a non-product path word or a date in
 * the URL -1 each.
 */
public final class ProductDetector {
  private static final List<String> PRODUCT_WORDS =
      List.of(
          "aanvragen",
          "aanvraag",
          "melden",
          "melding",
          "doorgeven",
          "vergunning",
          "ontheffing",
          "subsidie",
          "toeslag",
          "uitkering",
          "kwijtschelding",
          "bezwaar",
          "aangifte",
          "uittreksel",
          "inschrijven",
          "registreren",
          "verhuizen",
          "verhuizing",
          "paspoort",
          "rijbewijs",
          "identiteitskaart",
          "id kaart",
          "regelen",
          "ophalen",
          "klacht",
          "vergoeding",
          "verklaring",
          "ontheffing",
          "parkeervergunning",
          "omgevingsvergunning",
          "bijstand",
          "pas",
          "afvalpas",
          "huwelijk",
          "partnerschap",
          "naturalisatie",
          "erfpacht",
          "standplaats",
          "evenement",
          "kapvergunning");
  private static final List<String> NEWS_WORDS =
      List.of("nieuwsbericht", "persbericht", "publicatiedatum");

  /** "Stap 1 van 12", "Step 1 of 12": the first screen of a web form. */
  private static final java.util.regex.Pattern WIZARD_STEP =
      java.util.regex.Pattern.compile("\\b(stap|step) \\d{1,2} (van|of) \\d{1,2}\\b");

  /**
   * "Geplaatst op 3 december", not "een voorwerp geplaatst op de weg": the dateline of a news item.
   */
  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile(
          "\\b(gepubliceerd|geplaatst)( op)?:? +(\\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)");

  /** A main text this long is a product text, not the few lines of a login gate. */
  private static final int PRODUCT_TEXT_WORDS = 100;

  private static final java.util.regex.Pattern SEARCH_QUERY =
      java.util.regex.Pattern.compile(".*&(q|s|keys|zoekterm|query|search|tx_solr.*)=.*");

  static final String SEARCH_RESULTS = "search results";

  /**
   * The evidence when a person decided (the service shows it: "volgt uit de correctie van een
   * persoon").
   */
  public static final String PERSON_PRODUCT = "person: a product page";

  public static final String PERSON_NOT_PRODUCT = "person: not a product page";
  public static final String SIBLING_PRODUCT = "person:sibling-product ";
  public static final String SIBLING_NOT_PRODUCT = "person:sibling-not-product(-2) ";

  /** The decision with the reason, also when it is not a product (for evidence and debugging). */
  public record Decision(ProductInfo product, String reason, boolean vetoed) {
    Decision(ProductInfo product, String reason) {
      this(product, reason, false);
    }
  }

  private final AnalysisConfig config;

  public ProductDetector(AnalysisConfig config) {
    this.config = config;
  }

  /**
   * Decides for one page; {@code templateSections} counts the template sections found in its main
   * content.
   */
  public Decision decide(URI url, Document doc, Element main, int templateSections) {
    return decide(url, doc, main, templateSections, ChromeModel.none().pageTitle(doc));
  }

  public Decision decide(
      URI url, Document doc, Element main, int templateSections, String pageTitle) {
    return decide(url, doc, main, templateSections, pageTitle, List.of());
  }

  /**
   * As above, with the channels the page's own content offers (found by the rules, not yet
   * visited): a page whose content offers an e-form or a national portal is where a formal message
   * starts, which is what makes a product page; an appointment or a form to print counts less.
   */
  public Decision decide(
      URI url,
      Document doc,
      Element main,
      int templateSections,
      String pageTitle,
      List<Channel> ownChannels) {
    return decide(url, doc, main, templateSections, pageTitle, ownChannels, PageContext.NONE);
  }

  /**
   * What the site says about a page beyond the page itself: a person's verdict on it or on a
   * template sibling (null: none), and whether the site's A–Z overview lists it.
   */
  public record PageContext(SiteVerdicts.Verdict person, boolean listedInCatalogue) {
    static final PageContext NONE = new PageContext(null, false);
  }

  /**
   * As above, with a person's verdict: on the page itself it decides (also over a veto); from a
   * corrected template sibling it counts two points for or against, so a page whose own evidence is
   * stronger keeps its verdict.
   */
  public Decision decide(
      URI url,
      Document doc,
      Element main,
      int templateSections,
      String pageTitle,
      List<Channel> ownChannels,
      PageContext site) {
    SiteVerdicts.Verdict person = site.person();
    PageMeta meta = PageMeta.of(doc);
    String name = name(doc, main, pageTitle);
    if (person != null && !person.sibling()) {
      String ev = person.product() ? PERSON_PRODUCT : PERSON_NOT_PRODUCT;
      return person.product()
          ? new Decision(info(url, name, meta, ev), ev)
          : new Decision(null, ev, true);
    }
    if (meta.saysProduct()) {
      String ev =
          meta.jsonLdService() != null
              ? "meta:schema.org GovernmentService"
              : meta.uniform() != null
                  ? "meta:OVERHEID.uniformeProductnaam"
                  : "meta:DCTERMS.type=" + meta.type();
      return new Decision(info(url, name, meta, ev), ev);
    }
    String veto = veto(url, doc, main, meta, templateSections);
    if (veto != null) {
      return new Decision(null, veto, true);
    }
    List<String> why = new ArrayList<>();
    double score = 0;
    String pattern = UrlSignals.productPattern(url, config.productUrlPatterns());
    if (pattern != null) {
      // the site keeps its product catalogue under this path: a page there that survived the vetoes
      // (overview, news, search, form) is a product page even when its text follows no template
      score += 3;
      why.add("url:" + pattern);
    }
    if (templateSections >= 2) {
      score +=
          templateSections >= 3 ? 3 : 2; // three template headings are a product text on their own
      why.add("sections:" + templateSections);
    }
    Optional<UplMatch> upl = uplMatch(name);
    if (upl.isPresent() && upl.get().confidence() >= 0.6) {
      // the page is named as a product of the Uniforme Productnamenlijst: exactly ("Grafrechten")
      // is strong
      // evidence, a near match ("Paspoort aanvragen voor kinderen") a hint
      boolean exact = upl.get().confidence() >= 0.95;
      score += exact ? 2 : 1;
      why.add("upl:" + upl.get().entry().name() + (exact ? "(exact)" : ""));
    }
    if (Text.hasAny(Text.norm(name), PRODUCT_WORDS)) {
      score += 1;
      why.add("wording");
    }
    if (UrlSignals.topicLeaf(url)) {
      score += 1;
      why.add("url:topic-leaf");
    }
    // a form on the page itself, or a page that is a login gate, is the channel (a form page), not
    // the product
    // page that leads to it
    String onPageForm = ChannelDetector.withoutFragment(url.toString()) + "#form";
    // the page's own form is the channel of a form page, not evidence of a product page; its text
    // channels
    // ("#visit", "#post") and a sub-page (".../aanmelden") are (the page is classified only when
    // they count)
    List<String> channelWhy = new ArrayList<>();
    int points =
        channelPoints(
            ownChannels.stream().filter(c -> !c.target().equals(onPageForm)).toList(), channelWhy);
    if (points > 0 && !isChannelItself(url, doc, main, templateSections)) {
      score += points;
      why.addAll(channelWhy);
    }
    if (site.listedInCatalogue()) {
      score += 1;
      why.add("listed in the site's A-Z overview");
    }
    score -= urlHints(url, why);
    if (person != null) {
      score += person.product() ? 2 : -2;
      why.add((person.product() ? SIBLING_PRODUCT : SIBLING_NOT_PRODUCT) + person.correctedUrl());
    }
    String reason = String.join("+", why) + " (" + score + ")";
    return score >= 3
        ? new Decision(info(url, name, meta, reason), reason)
        : new Decision(null, reason);
  }

  /**
   * Whether the page is itself a channel (a login gate, a web form) rather than a page leading to
   * one. Links reading "Inloggen met DigiD" make a short page a login gate, but a page with a
   * product text around them (template sections, or a text of some length) is the product page
   * whose channel they are.
   */
  private static boolean isChannelItself(
      URI url, Document doc, Element main, int templateSections) {
    TargetClassifier.Found found = TargetClassifier.classifyPage(url, doc);
    if (!found.kind().channel()) {
      return false;
    }
    boolean loginLinksOnly =
        found.kind().name().startsWith("LOGIN") && TargetClassifier.loginLinksOnly(url, doc);
    return !(loginLinksOnly
        && (templateSections >= 2 || Text.words(main.text()) >= PRODUCT_TEXT_WORDS));
  }

  private static int channelPoints(List<Channel> own, List<String> why) {
    // a form or login gate that a visit found behind the page's own link (an e-form's or a national
    // portal's):
    // the page is where a message starts
    if (own.stream()
        .anyMatch(
            c ->
                (c.type().name().startsWith("EFORM") || c.type() == ChannelType.NATIONAL_PORTAL)
                    && c.check() != null
                    && c.check().ok()
                    && c.check().found() != null
                    && c.check().found().channel())) {
      why.add("channel:visited-form");
      return 4; // decisive unless vetoed: outweighs one path hint ("/evenementen" holding the
      // events permit)
    }
    boolean message =
        own.stream()
            .anyMatch(
                c ->
                    c.type().name().startsWith("EFORM") || c.type() == ChannelType.NATIONAL_PORTAL);
    boolean other =
        own.stream()
            .anyMatch(
                c ->
                    c.type() == ChannelType.APPOINTMENT_PHONE_VISIT && c.target().startsWith("http")
                        || c.type() == ChannelType.PRINT_FORM);
    if (message) {
      why.add("channel:eform");
      return 2;
    }
    if (other) {
      why.add("channel:appointment-or-print");
      return 1;
    }
    return 0;
  }

  /**
   * Points against: a non-product path word or a date in the URL is a hint, never a veto
   * ("/contact/bezwaar").
   */
  private int urlHints(URI url, List<String> why) {
    int minus = 0;
    String non = UrlSignals.nonProductPattern(url, config.nonProductUrlPatterns());
    if (non != null) {
      minus++;
      why.add("url:" + non + "(-1)");
    }
    if (UrlSignals.hasDate(url)) {
      minus++;
      why.add("url:date(-1)");
    }
    return minus;
  }

  private String veto(URI url, Document doc, Element main, PageMeta meta, int sections) {
    if (meta.saysOther()) {
      return "meta:DCTERMS.type=" + meta.type();
    }
    if (isSearchPage(url, doc, main)) {
      return SEARCH_RESULTS;
    }
    if (UrlSignals.isHome(url)) {
      return "home page";
    }
    String title =
        Text.norm(name(doc, main, ChromeModel.none().pageTitle(doc)) + " " + doc.title());
    if (Text.hasAny(title, List.of("contact", "contactgegevens", "contact opnemen"))
        && !Text.hasAny(title, PRODUCT_WORDS)) {
      return "contact page";
    }
    String mainText = main.text();
    String top = Text.norm(mainText.substring(0, Math.min(400, mainText.length())));
    boolean ogArticle =
        doc.select(
                    Css.of(
                        "meta[property=article:published_time], meta[property=og:type][content=article]"))
                .size()
            > 0;
    if (Text.hasAny(top, NEWS_WORDS)
        || DATELINE.matcher(top).find()
        || (ogArticle && sections < 2)) {
      return "news wording";
    }
    if (main.select(Css.of("time")).size() > 0
        && sections < 2
        && UrlSignals.productPattern(url, config.productUrlPatterns()) == null) {
      return "dated item (time element) without product sections";
    }
    if (PageShape.isNewsList(main)) {
      return "list of dated items";
    }
    if (sections < 2 && PageShape.isOverview(main)) {
      return "category overview (mostly links)";
    }
    if (sections < 2 && PageShape.isFormPage(main)) {
      return "form page";
    }
    if (WIZARD_STEP.matcher(top).find()) {
      return "form page (a step of a form: the channel, not the product page)";
    }
    return null;
  }

  /** A search result page: search path or query parameter, or "Zoekresultaten" wording. */
  public static boolean isSearchPage(URI url, Document doc, Element main) {
    String path = UrlSignals.path(url) + "/";
    String query = url.getRawQuery() == null ? "" : "&" + url.getRawQuery().toLowerCase();
    if (path.contains("/zoeken/")
        || path.contains("/zoek/")
        || path.contains("/search/")
        || SEARCH_QUERY.matcher(query).matches()) {
      return true;
    }
    String title = Text.norm(doc.title() + " " + main.select(Css.of("h1")).text());
    String mainText = main.text();
    String top = Text.norm(mainText.substring(0, Math.min(300, mainText.length())));
    return Text.hasAny(
            title + " " + top, List.of("zoekresultaten", "zoekresultaat", "resultaten voor"))
        || Text.hasPhrase(title, "zoeken");
  }

  private ProductInfo info(URI url, String name, PageMeta meta, String evidence) {
    UplEntry entry = null;
    if (config.upl() != null) {
      entry = config.upl().byNameOrUri(meta.uniform()).orElse(null);
      if (entry == null) {
        entry = uplMatch(name).filter(m -> m.confidence() >= 0.6).map(UplMatch::entry).orElse(null);
      }
    }
    String uniformName =
        entry != null
            ? entry.name()
            : meta.uniform() != null && !meta.uniform().startsWith("http") ? meta.uniform() : null;
    String uri =
        entry != null
            ? entry.uri()
            : meta.uniform() != null && meta.uniform().startsWith("http") ? meta.uniform() : null;
    String audience = meta.audience();
    if (audience == null && entry != null) {
      audience = Audience.of(entry.has("Burger"), entry.has("Bedrijf"));
    }
    if (audience == null) {
      audience = UrlSignals.audience(url);
    }
    return new ProductInfo(name, uniformName, uri, audience, evidence);
  }

  private Optional<UplMatch> uplMatch(String name) {
    return config.upl() == null ? Optional.empty() : config.upl().match(name);
  }

  /** The h1 of the main content (or page), else the page's own part of the title. */
  static String name(Document doc, Element main, String pageTitle) {
    Element h1 = main.selectFirst(Css.of("h1"));
    if (h1 == null) {
      h1 = doc.selectFirst(Css.of("h1"));
    }
    if (h1 != null && !h1.text().isBlank()) {
      return Text.clean(h1.text());
    }
    return pageTitle;
  }
}
