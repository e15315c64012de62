package nl.wmebv.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Crawls query-routed sites with the real crawler: every linked page is fetched exactly once,
 * nothing that no page linked is fetched, and the crawl costs at most 1.5 requests per page,
 * robots.txt and sitemap included.
 */
class QueryRoutedCrawlTest {
  private static final Set<String> INFRA = Set.of("/robots.txt", "/sitemap.xml");
  private final GeneratedSite site = new GeneratedSite();

  @RegisterExtension WireMockExtension wm = site.server();

  private TestCrawls.Collector crawlAndCheck(Function<String, String> pages, int expectedPages) {
    site.serve(wm, pages);
    TestCrawls.Collector c = TestCrawls.crawl(TestCrawls.config(wm.baseUrl() + "/").build());
    Set<String> linked = GeneratedSite.linked(pages, "/", u -> true);
    Map<String, Integer> requests = GeneratedSite.requests(wm);
    Set<String> fetchedPages = new HashSet<>(requests.keySet());
    fetchedPages.removeAll(INFRA);

    assertThat(linked).hasSize(expectedPages);
    assertThat(fetchedPages)
        .as("every linked page, and nothing else")
        .containsExactlyInAnyOrderElementsOf(linked);
    assertThat(requests)
        .as("each page once")
        .allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
    int total = requests.values().stream().mapToInt(Integer::intValue).sum();
    assertThat((double) total / linked.size()).as("requests per page").isLessThanOrEqualTo(1.5);
    assertThat(c.pages)
        .hasSize(linked.size())
        .allSatisfy(p -> assertThat(p.error()).as(p.url()).isNull());
    return c;
  }

  @Test
  void legacyPhpSiteWithProductsAtIndexPhpPaginaProduct() {
    TestCrawls.Collector c =
        crawlAndCheck(QueryRoutedSites.legacyPhp(120), 1 + 1 + 1 + 1 + 26 + 120);
    Map<String, PageRecord> byPath = c.byPath();
    assertThat(byPath)
        .containsKeys(
            "/index.php?pagina=product&id=0",
            "/index.php?pagina=product&id=119",
            "/index.php?pagina=az&letter=B");
    // "/" and "/index.php" are linked and answer the same bytes: two records, one page
    assertThat(byPath.get("/").duplicateOf()).isNull();
    assertThat(byPath.get("/index.php").duplicateOf()).isEqualTo(wm.baseUrl() + "/");
    assertThat(c.pages.stream().filter(p -> p.duplicateOf() != null)).hasSize(1);
  }

  @Test
  void typo3SiteWith600PagesUnderIndexPhp() {
    TestCrawls.Collector c = crawlAndCheck(QueryRoutedSites.typo3(600), 1 + 1 + 1 + 5 + 600);
    assertThat(c.byPath())
        .containsKeys(
            "/index.php?id=100", "/index.php?id=699", "/index.php?id=4&tx_news_pi1%5Bnews%5D=5");
    assertThat(c.pages.stream().filter(p -> p.duplicateOf() != null)).isEmpty();
  }

  @Test
  void wordPressSiteWithPlainPermalinks() {
    TestCrawls.Collector c = crawlAndCheck(QueryRoutedSites.wordPress(150), 1 + 1 + 1 + 150);
    assertThat(c.byPath()).containsKeys("/?page_id=100", "/?page_id=249", "/?p=10");
  }

  @Test
  void productPagesAtQueryUrlsAreFoundAndTheFrontPageIsNot() {
    // the old UrlSignals.isHome ignored the query: every /index.php?... and /?page_id=... page was
    // "home page"
    for (Function<String, String> pages :
        java.util.List.of(
            QueryRoutedSites.legacyPhp(40),
            QueryRoutedSites.typo3(40),
            QueryRoutedSites.wordPress(40))) {
      wm.resetAll();
      site.serve(wm, pages);
      TestCrawls.Collector c = new TestCrawls.Collector();
      new Crawler(
              TestCrawls.config(wm.baseUrl() + "/").build(),
              new SiteAnalyzer(AnalysisConfig.defaults()))
          .run(c, null);
      long products =
          c.pages.stream().filter(p -> p.analysis() != null && p.analysis().isProduct()).count();
      assertThat(products).as(c.byPath().keySet().toString()).isEqualTo(40);
      assertThat(c.byPath().get("/").analysis().isProduct()).isFalse();
    }
  }
}
