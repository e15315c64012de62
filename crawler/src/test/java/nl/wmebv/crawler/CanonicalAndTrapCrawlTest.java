package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.crawl;
import static nl.wmebv.crawler.TestCrawls.links;
import static nl.wmebv.crawler.TestCrawls.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nl.wmebv.crawler.detect.PageAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CanonicalAndTrapCrawlTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().globalTemplating(false))
          .build();

  private void canonicalPage(String path, String canonical, String body) {
    wm.stubFor(
        get(urlEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(
                        "<html><head><title>Paspoort</title><link rel=\"canonical\" href=\""
                            + canonical
                            + "\"></head>"
                            + "<body>"
                            + body
                            + "</body></html>")));
  }

  @Test
  void canonicalVariantWithSameContentIsMarkedDuplicateNotDropped() {
    page(wm, "/", "Home", links("/paspoort", "/paspoort?weergave=kort", "/paspoort-print"));
    canonicalPage("/paspoort", "/paspoort", "<p>Paspoort aanvragen</p>");
    canonicalPage("/paspoort?weergave=kort", "/paspoort", "<p>Paspoort aanvragen</p>");
    canonicalPage("/paspoort-print", "/paspoort", "<p>Printversie, andere inhoud</p>");
    var byPath = crawl(TestCrawls.config(wm.baseUrl()).threads(1).build()).byPath();
    String canonical = wm.baseUrl() + "/paspoort";
    assertThat(byPath.get("/paspoort").canonicalUrl()).isNull(); // names itself
    assertThat(byPath.get("/paspoort").duplicateOf()).isNull();
    var variant = byPath.get("/paspoort?weergave=kort");
    assertThat(variant.canonicalUrl()).isEqualTo(canonical);
    assertThat(variant.duplicateOf()).isEqualTo(canonical);
    assertThat(variant.error()).isNull();
    var print = byPath.get("/paspoort-print");
    assertThat(print.canonicalUrl()).isEqualTo(canonical);
    assertThat(print.duplicateOf()).as("different content is not merged").isNull();
  }

  @Test
  void anEscapedAmpersandLoopEnds() {
    // the classic loop: every page escapes its own query once more, &amp; -> &amp;amp; -> ...
    // (date-shaped calendars: CalendarCrawlTest; the old 100-queries-per-path cap is gone)
    page(wm, "/", "Home", "<a href=\"/lijst?a=1&amp;amp;b=2\">lijst</a>");
    page(wm, "/lijst?a=1&amp;b=2", "Lijst", "<a href=\"/lijst?a=1&amp;amp;amp;b=2\">lijst</a>");
    var c = crawl(TestCrawls.config(wm.baseUrl()).maxDepth(1000).build());
    assertThat(c.byPath()).containsOnlyKeys("/", "/lijst?a=1&amp;b=2");
  }

  @Test
  void depthLimitEndsACalendarToo() {
    page(wm, "/", "Home", links("/agenda?maand=1"));
    wm.stubFor(
        get(urlPathEqualTo("/agenda"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withTransformers("response-template")
                    .withBody(
                        "<a href=\"/agenda?maand={{request.query.maand}}x\">volgende maand</a>")));
    var c = crawl(TestCrawls.config(wm.baseUrl()).maxDepth(5).build());
    assertThat(c.pages).hasSize(6);
    assertThat(c.pages.stream().mapToInt(PageRecord::depth).max().orElseThrow()).isEqualTo(5);
  }

  @Test
  void repeatedPathSegmentsEnd() {
    page(wm, "/", "Home", links("/x/"));
    // relative links make the path grow: /x/a/b/, /x/a/b/a/b/, ... (each page names its path: the
    // same
    // bytes at two URLs would be one page, whose links are followed once)
    wm.stubFor(
        get(urlPathMatching("/x/.*"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withTransformers("response-template")
                    .withBody("<p>{{request.path}}</p><a href=\"a/b/\">dieper</a>")));
    var c = crawl(TestCrawls.config(wm.baseUrl()).build());
    assertThat(c.byPath()).containsOnlyKeys("/", "/x/", "/x/a/b/", "/x/a/b/a/b/");
  }

  @Test
  void maxPagesBoundsTheCrawl() {
    wm.stubFor(
        get(urlPathMatching("/n/.*"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withTransformers("response-template")
                    .withBody(
                        "<a href=\"/n/{{request.path.[1]}}1\">a</a><a href=\"/n/{{request.path.[1]}}2\">b</a>")));
    page(wm, "/", "Home", links("/n/1"));
    assertThat(crawl(TestCrawls.config(wm.baseUrl()).maxPages(50).build()).pages).hasSize(50);
  }

  @Test
  void theSummarySaysWhenTheSiteHasMorePagesThanTheLimit() {
    page(wm, "/", "Home", links("/a", "/b"));
    page(wm, "/a", "A", links("/", "/b"));
    page(wm, "/b", "B", links("/", "/a"));
    var collector = new TestCrawls.Collector();
    CrawlSummary exact =
        new Crawler(TestCrawls.config(wm.baseUrl()).maxPages(3).build(), PageAnalyzer.NONE)
            .run(collector, null);
    assertThat(collector.pages).hasSize(3);
    assertThat(exact.pageLimitReached())
        .as("every linked URL fits: the limit was not reached")
        .isFalse();
    CrawlSummary cut =
        new Crawler(TestCrawls.config(wm.baseUrl()).maxPages(2).build(), PageAnalyzer.NONE)
            .run(new TestCrawls.Collector(), null);
    assertThat(cut.pageLimitReached()).isTrue();
    assertThat(cut.pages()).isEqualTo(2);
  }
}
