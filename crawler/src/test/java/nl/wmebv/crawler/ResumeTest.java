package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.links;
import static nl.wmebv.crawler.TestCrawls.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.crawler.filter.UrlNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResumeTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void stoppedCrawlResumesWithoutFetchingAnyPageTwice() throws Exception {
    site();
    CrawlConfig config = TestCrawls.config(wm.baseUrl()).threads(2).build();

    TestCrawls.Collector first = new TestCrawls.Collector();
    Crawler crawler = new Crawler(config, PageAnalyzer.NONE);
    CrawlListener stopAfter10 =
        new CrawlListener() {
          @Override
          public void onPage(PageRecord page) {
            first.onPage(page);
            if (first.pages.size() == 10) {
              crawler.stop();
            }
          }
        };
    CrawlSummary s1 = crawler.run(stopAfter10, null);
    assertThat(s1.stopped()).isTrue();
    assertThat(first.pages.size()).isBetween(10, 12);

    ObjectMapper json = new ObjectMapper();
    String persisted = json.writeValueAsString(crawler.snapshot());
    CrawlState state = json.readValue(persisted, CrawlState.class);
    assertThat(state.pages()).isEqualTo(first.pages.size());
    assertThat(state.finished()).isFalse();

    TestCrawls.Collector second = new TestCrawls.Collector();
    Crawler resumed = new Crawler(config, PageAnalyzer.NONE);
    CrawlSummary s2 = resumed.run(second, state);
    assertThat(s2.stopped()).isFalse();
    assertThat(resumed.snapshot().finished()).isTrue();
    assertThat(resumed.snapshot().pages()).isEqualTo(37);

    List<String> all = new ArrayList<>();
    first.pages.forEach(p -> all.add(TestCrawls.pathOf(p.url())));
    second.pages.forEach(p -> all.add(TestCrawls.pathOf(p.url())));
    assertThat(all).hasSize(37).doesNotHaveDuplicates();
    Map<String, Long> requests =
        wm.getAllServeEvents().stream()
            .map(e -> e.getRequest().getUrl())
            .filter(u -> !u.equals("/robots.txt") && !u.equals("/sitemap.xml"))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(requests).hasSize(37).allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
  }

  @Test
  void aCheckpointTakenWhileRunningLosesNothingAfterACrash() {
    site();
    CrawlConfig config = TestCrawls.config(wm.baseUrl()).threads(2).build();
    List<String> beforeCheckpoint = new ArrayList<>();
    CrawlState[] checkpoint = new CrawlState[1];
    Crawler crawler = new Crawler(config, PageAnalyzer.NONE);
    crawler.run(
        new CrawlListener() {
          @Override
          public synchronized void onPage(PageRecord page) {
            if (checkpoint[0] == null) {
              beforeCheckpoint.add(TestCrawls.pathOf(page.url()));
              if (beforeCheckpoint.size() == 8) {
                checkpoint[0] =
                    crawler.snapshot(); // everything reported after this is "lost in the crash"
              }
            }
          }
        },
        null);
    TestCrawls.Collector resumed = new TestCrawls.Collector();
    new Crawler(config, PageAnalyzer.NONE).run(resumed, checkpoint[0]);
    java.util.Set<String> all = new java.util.HashSet<>(beforeCheckpoint);
    resumed.pages.forEach(p -> all.add(TestCrawls.pathOf(p.url())));
    assertThat(all).hasSize(37);
  }

  @Test
  void aStateSavedBeforeTheSkippedCountExistedStillResumesAndCountsSkippedFromZero()
      throws Exception {
    site();
    wm.stubFor(
        get(urlEqualTo("/robots.txt"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/plain")
                    .withBody("User-agent: *\nDisallow: /s1\n")));
    String home = new UrlNormalizer().normalize(wm.baseUrl() + "/");
    // exactly what a checkpoint written before the skipped count existed looks like: no "skipped"
    String old =
        """
        {"baseUrl": "%s", "frontier": [{"url": "%s", "depth": 0}], "seen": ["%s"], "pages": 5, "errors": 2}
        """
            .formatted(wm.baseUrl(), home, home);

    ObjectMapper json = new ObjectMapper();
    CrawlState state = json.readValue(old, CrawlState.class);
    assertThat(state.skipped()).isZero();
    assertThat(state.errors()).isEqualTo(2);

    TestCrawls.Collector c = new TestCrawls.Collector();
    Crawler resumed = new Crawler(TestCrawls.config(wm.baseUrl()).build(), PageAnalyzer.NONE);
    CrawlSummary summary = resumed.run(c, state);
    assertThat(summary.skipped())
        .as("/s1 is disallowed; its children are never found")
        .isEqualTo(1);
    assertThat(summary.errors()).isZero();
    CrawlState after =
        json.readValue(json.writeValueAsString(resumed.snapshot()), CrawlState.class);
    assertThat(after.finished()).isTrue();
    assertThat(after.pages()).isEqualTo(5 + 1 + 6 + 25);
    assertThat(after.errors()).as("the earlier runs' errors are kept").isEqualTo(2);
    assertThat(after.skipped()).isEqualTo(1);
  }

  /** A tree: / -> /s0../s5, each /sN -> /sN/p0../p4: 1 + 6 + 30 = 37 pages. */
  private void site() {
    List<String> sections = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      sections.add("/s" + s);
      List<String> children = new ArrayList<>();
      for (int p = 0; p < 5; p++) {
        children.add("/s" + s + "/p" + p);
        page(wm, "/s" + s + "/p" + p, "p" + p, links("/", "/s0"));
      }
      page(wm, "/s" + s, "s" + s, links(children.toArray(String[]::new)));
    }
    page(wm, "/", "Home", links(sections.toArray(String[]::new)));
  }
}
