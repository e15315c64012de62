package nl.wmebv.crawler.detect.config;

import java.time.Duration;
import java.util.List;
import nl.wmebv.crawler.detect.text.TemplateSection;
import nl.wmebv.crawler.detect.upl.UplIndex;

/**
 * Settings of page analysis for one crawl.
 *
 * @param productUrlPatterns path fragments under which product pages live (e.g. "/producten/"); a
 *     page matches when its path contains the fragment followed by at least one more segment
 * @param nonProductUrlPatterns path fragments of pages that are never products (news, search,
 *     contact)
 * @param sectionTemplate the text template sections in their expected order
 * @param warmUpPages pages held back per site to learn its chrome before analysing (at least 1)
 * @param chromeShare share of observed pages a block or link must occur on to count as chrome
 * @param chromeMinPages fewer observed pages than this means no chrome is learned (semantic
 *     fallback)
 * @param checkChannels true to request digital channel targets; false means no network at all
 * @param checkTimeout timeout of one channel check request
 * @param maxRedirects redirects a channel check follows
 * @param allowPrivateAddresses true to let channel checks reach loopback/private addresses (tests,
 *     demo)
 * @param upl the UPL index for uniform names, or null when no reference data is loaded
 */
public record AnalysisConfig(
    List<String> productUrlPatterns,
    List<String> nonProductUrlPatterns,
    List<TemplateSection> sectionTemplate,
    int warmUpPages,
    double chromeShare,
    int chromeMinPages,
    boolean checkChannels,
    Duration checkTimeout,
    int maxRedirects,
    boolean allowPrivateAddresses,
    UplIndex upl) {

  /** Default product path fragments. */
  public static final List<String> DEFAULT_PRODUCT_PATTERNS =
      List.of(
          "/producten/",
          "/product/",
          "/pdc/",
          "/diensten/",
          "/dienst/",
          "/producten-en-diensten/",
          "/direct-regelen/",
          "/aanvragen-en-regelen/",
          "/gemeentewinkel/");

  /** Default non-product path fragments. */
  public static final List<String> DEFAULT_NON_PRODUCT_PATTERNS =
      List.of(
          "/nieuws",
          "/actueel",
          "/nieuwsberichten",
          "/persberichten",
          "/agenda",
          "/evenementen",
          "/zoeken",
          "/zoek",
          "/search",
          "/contact",
          "/vacatures",
          "/over-de-gemeente",
          "/bestuur",
          "/gemeenteraad",
          "/sitemap",
          "/privacy",
          "/cookies",
          "/proclaimer",
          "/disclaimer",
          "/toegankelijkheid");

  public AnalysisConfig {
    productUrlPatterns = List.copyOf(productUrlPatterns);
    nonProductUrlPatterns = List.copyOf(nonProductUrlPatterns);
    sectionTemplate = List.copyOf(sectionTemplate);
    warmUpPages = Math.max(1, warmUpPages);
    chromeMinPages = Math.max(2, chromeMinPages);
    if (checkTimeout == null) {
      checkTimeout = Duration.ofSeconds(10);
    }
  }

  /**
   * Defaults: the patterns above, the DOMAIN.md template, 20 warm-up pages, chrome at 60% of at
   * least 3 pages, channel checks on with a 10 s timeout and 5 redirects, public addresses only, no
   * UPL.
   */
  public static AnalysisConfig defaults() {
    return new AnalysisConfig(
        DEFAULT_PRODUCT_PATTERNS,
        DEFAULT_NON_PRODUCT_PATTERNS,
        TemplateSection.defaults(),
        20,
        0.6,
        3,
        true,
        Duration.ofSeconds(10),
        5,
        false,
        null);
  }

  /** A copy with other product URL patterns (e.g. a municipality's "/regelen/"). */
  public AnalysisConfig withProductUrlPatterns(List<String> patterns) {
    return new AnalysisConfig(
        patterns,
        nonProductUrlPatterns,
        sectionTemplate,
        warmUpPages,
        chromeShare,
        chromeMinPages,
        checkChannels,
        checkTimeout,
        maxRedirects,
        allowPrivateAddresses,
        upl);
  }

  /** A copy with another section template. */
  public AnalysisConfig withSectionTemplate(List<TemplateSection> template) {
    return new AnalysisConfig(
        productUrlPatterns,
        nonProductUrlPatterns,
        template,
        warmUpPages,
        chromeShare,
        chromeMinPages,
        checkChannels,
        checkTimeout,
        maxRedirects,
        allowPrivateAddresses,
        upl);
  }

  /** A copy with another warm-up page count. */
  public AnalysisConfig withWarmUpPages(int pages) {
    return new AnalysisConfig(
        productUrlPatterns,
        nonProductUrlPatterns,
        sectionTemplate,
        pages,
        chromeShare,
        chromeMinPages,
        checkChannels,
        checkTimeout,
        maxRedirects,
        allowPrivateAddresses,
        upl);
  }

  /** A copy with channel checks switched on or off, and their timeout. */
  public AnalysisConfig withChecks(boolean check, Duration timeout) {
    return new AnalysisConfig(
        productUrlPatterns,
        nonProductUrlPatterns,
        sectionTemplate,
        warmUpPages,
        chromeShare,
        chromeMinPages,
        check,
        timeout,
        maxRedirects,
        allowPrivateAddresses,
        upl);
  }

  /** A copy that allows or refuses private addresses for channel checks. */
  public AnalysisConfig withAllowPrivateAddresses(boolean allow) {
    return new AnalysisConfig(
        productUrlPatterns,
        nonProductUrlPatterns,
        sectionTemplate,
        warmUpPages,
        chromeShare,
        chromeMinPages,
        checkChannels,
        checkTimeout,
        maxRedirects,
        allow,
        upl);
  }

  /** A copy with a UPL index (or null for none). */
  public AnalysisConfig withUpl(UplIndex index) {
    return new AnalysisConfig(
        productUrlPatterns,
        nonProductUrlPatterns,
        sectionTemplate,
        warmUpPages,
        chromeShare,
        chromeMinPages,
        checkChannels,
        checkTimeout,
        maxRedirects,
        allowPrivateAddresses,
        index);
  }
}
