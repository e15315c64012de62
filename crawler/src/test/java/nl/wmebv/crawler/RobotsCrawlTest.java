package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.crawl;
import static nl.wmebv.crawler.TestCrawls.links;
import static nl.wmebv.crawler.TestCrawls.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Set;
import nl.wmebv.crawler.detect.PageAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RobotsCrawlTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private void robots(String body) {
    wm.stubFor(
        get(urlEqualTo("/robots.txt"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/plain")
                    .withBody(body)));
  }

  @Test
  void disallowedPathIsRecordedButNotFetched() {
    robots(
        "User-agent: *\nDisallow: /zoeken\n\nUser-agent: WMEBV-inventaris\nDisallow: /intern/\n");
    page(wm, "/", "Home", links("/zoeken?q=paspoort", "/intern/wiki", "/producten/paspoort"));
    page(wm, "/producten/paspoort", "Paspoort", "");
    var c = crawl(TestCrawls.config(wm.baseUrl()).build());
    var byPath = c.byPath();
    assertThat(byPath.get("/producten/paspoort").status()).isEqualTo(200);
    // our own group (matched by product token) replaces the * group, per RFC 9309
    assertThat(byPath.get("/intern/wiki").error()).isEqualTo("disallowed by robots.txt");
    assertThat(byPath.get("/zoeken?q=paspoort").status())
        .as("fetched: allowed for us")
        .isEqualTo(404);
    wm.verify(0, getRequestedFor(urlPathEqualTo("/intern/wiki")));
  }

  @Test
  void disallowedUrlsAreSkippedNotErrorsWhileAServerErrorIsAnError() {
    robots("User-agent: *\nDisallow: /zoeken\nDisallow: /mijn/\n");
    page(
        wm,
        "/",
        "Home",
        links("/zoeken?q=paspoort", "/zoeken?q=rijbewijs", "/mijn/zaken", "/kapot", "/a"));
    page(wm, "/a", "A", "");
    wm.stubFor(get(urlEqualTo("/kapot")).willReturn(aResponse().withStatus(500).withBody("stuk")));
    TestCrawls.Collector c = new TestCrawls.Collector();
    Crawler crawler = new Crawler(TestCrawls.config(wm.baseUrl()).build(), PageAnalyzer.NONE);
    CrawlSummary summary = crawler.run(c, null);

    var byPath = c.byPath();
    for (String path : List.of("/zoeken?q=paspoort", "/zoeken?q=rijbewijs", "/mijn/zaken")) {
      PageRecord skipped = byPath.get(path);
      assertThat(skipped.skipped()).as(path).isTrue();
      assertThat(skipped.failedFetch()).as(path).isFalse();
      assertThat(skipped.error())
          .as("the reason stays readable")
          .isEqualTo("disallowed by robots.txt");
      assertThat(skipped.status()).isZero();
      assertThat(skipped.changed()).as("nothing was seen, so nothing changed").isFalse();
    }
    PageRecord broken = byPath.get("/kapot");
    assertThat(broken.skipped()).isFalse();
    assertThat(broken.failedFetch()).isTrue();
    assertThat(broken.error()).isEqualTo("HTTP 500");
    assertThat(byPath.get("/a").skipped()).isFalse();

    assertThat(summary.pages()).isEqualTo(6);
    assertThat(summary.errors()).as("only the 500").isEqualTo(1);
    assertThat(summary.skipped()).isEqualTo(3);
    CrawlProgress last = c.progress.get(c.progress.size() - 1);
    assertThat(last.errors()).isEqualTo(1);
    assertThat(last.skipped()).isEqualTo(3);
    CrawlState state = crawler.snapshot();
    assertThat(state.errors()).isEqualTo(1);
    assertThat(state.skipped()).isEqualTo(3);
    wm.verify(0, getRequestedFor(urlPathEqualTo("/zoeken")));
    wm.verify(0, getRequestedFor(urlPathEqualTo("/mijn/zaken")));
  }

  @Test
  void starGroupAppliesWhenNoGroupNamesUs() {
    robots("User-agent: *\nDisallow: /zoeken\n");
    page(wm, "/", "Home", links("/zoeken?q=paspoort", "/a"));
    page(wm, "/a", "A", "");
    var c = crawl(TestCrawls.config(wm.baseUrl()).build());
    assertThat(c.byPath().get("/zoeken?q=paspoort").error()).isEqualTo("disallowed by robots.txt");
    wm.verify(0, getRequestedFor(urlPathEqualTo("/zoeken")));
  }

  @Test
  void crawlDelayIsHonouredPerHost() {
    robots("User-agent: *\nCrawl-delay: 0.3\n");
    page(wm, "/", "Home", links("/a", "/b", "/c"));
    for (String p : List.of("/a", "/b", "/c")) {
      page(wm, p, p, "");
    }
    crawl(TestCrawls.config(wm.baseUrl()).threads(4).maxConcurrencyPerHost(1).build());
    List<Long> times =
        wm.getAllServeEvents().stream()
            .filter(e -> Set.of("/", "/a", "/b", "/c").contains(e.getRequest().getUrl()))
            .map(ServeEvent::getRequest)
            .map(r -> r.getLoggedDate().getTime())
            .sorted()
            .toList();
    assertThat(times).hasSize(4);
    for (int i = 1; i < times.size(); i++) {
      assertThat(times.get(i) - times.get(i - 1))
          .as("gap before request %d", i)
          .isGreaterThanOrEqualTo(290);
    }
  }

  @Test
  void crawlDelayIsCapped() {
    robots("User-agent: *\nCrawl-delay: 3600\n");
    page(wm, "/", "Home", links("/a"));
    page(wm, "/a", "A", "");
    long start = System.nanoTime();
    var c =
        crawl(
            TestCrawls.config(wm.baseUrl()).maxConcurrencyPerHost(1).maxCrawlDelayMs(200).build());
    assertThat(c.pages).hasSize(2);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
  }

  @Test
  void unreachableRobotsMeansNothingIsFetched() {
    wm.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(503)));
    page(wm, "/", "Home", "");
    var c = crawl(TestCrawls.config(wm.baseUrl()).build());
    assertThat(c.pages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.error()).contains("robots.txt unreachable");
              assertThat(p.skipped())
                  .as("the site failing is an error, not a skip on purpose")
                  .isFalse();
            });
    wm.verify(0, getRequestedFor(urlEqualTo("/")));
  }
}
