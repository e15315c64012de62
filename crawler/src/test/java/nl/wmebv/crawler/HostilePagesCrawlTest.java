package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.links;
import static nl.wmebv.crawler.TestCrawls.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages built to exhaust the crawler (huge DOMs, link dumps, an analysis out of heap) do not stop a
 * crawl.
 */
class HostilePagesCrawlTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PageAnalysis ANALYSIS =
      new PageAnalysis(
          null, List.of(), ChannelStatus.NONE, List.of(), List.of(), List.of(), List.of(), null);

  @Test
  void aPageWithMoreElementsThanAnalysedIsCrawledButNotAnalysed() {
    StringBuilder huge = new StringBuilder("<a href=\"/after\">after</a>");
    huge.append("<p><span>x</span></p>".repeat(PageWorker.MAX_ANALYSED_ELEMENTS / 2 + 10));
    page(wm, "/", "Home", links("/huge", "/normal"));
    page(wm, "/huge", "Huge", huge.toString());
    page(wm, "/normal", "Normal", "<p>gewoon</p>");
    page(wm, "/after", "After", "");
    Set<String> analysed = ConcurrentHashMap.newKeySet();
    PageAnalyzer recording =
        (url, doc, result) -> {
          analysed.add(url.getPath());
          result.accept(ANALYSIS);
        };
    TestCrawls.Collector c = new TestCrawls.Collector();
    CrawlSummary s = new Crawler(TestCrawls.config(wm.baseUrl()).build(), recording).run(c, null);

    assertThat(analysed).containsExactlyInAnyOrder("/", "/normal", "/after");
    assertThat(c.byPath().get("/huge").analysis()).isNull();
    assertThat(c.byPath().get("/huge").error()).isNull(); // fetched fine; only not analysed
    assertThat(c.byPath()).containsKey("/after"); // its links were still followed
    assertThat(s.errors()).isZero();
  }

  @Test
  void anAnalysisThatRunsOutOfHeapCostsThatPageOnlyAndTheWorkersGoOn() {
    page(wm, "/", "Home", links("/a", "/b", "/c", "/d", "/e"));
    for (String p : List.of("/a", "/b", "/c", "/d", "/e")) {
      page(wm, p, p, "");
    }
    PageAnalyzer outOfHeap =
        (url, doc, result) -> {
          if (!url.getPath().equals("/")) {
            throw new OutOfMemoryError("Java heap space (thrown by the test)");
          }
          result.accept(ANALYSIS);
        };
    TestCrawls.Collector c = new TestCrawls.Collector();
    // one thread: had the OutOfMemoryError killed it, nothing after the first failing page would be
    // crawled
    CrawlSummary s =
        new Crawler(TestCrawls.config(wm.baseUrl()).threads(1).build(), outOfHeap).run(c, null);

    assertThat(c.pages).hasSize(6);
    assertThat(c.byPath().get("/").analysis()).isSameAs(ANALYSIS);
    assertThat(c.pages)
        .filteredOn(p -> !p.url().endsWith("/"))
        .allSatisfy(p -> assertThat(p.analysis()).isNull());
    assertThat(s.pages()).isEqualTo(6);
  }

  @Test
  void aLinkDumpGivesTheFrontierOnlyTheFirstLinks() {
    StringBuilder dump = new StringBuilder();
    for (int i = 0; i < 6_000; i++) {
      dump.append("<a href=\"/").append(word(i)).append("\">").append(i).append("</a>");
    }
    page(wm, "/", "Dump", dump.toString());
    Crawler[] crawler = new Crawler[1];
    CrawlListener stopAtFirstPage =
        new CrawlListener() {
          @Override
          public void onPage(PageRecord page) {
            crawler[0]
                .stop(); // the dump's links are offered before it is reported: stop and look at
            // them
          }

          @Override
          public void onProgress(CrawlProgress progress) {}
        };
    crawler[0] =
        new Crawler(
            TestCrawls.config(wm.baseUrl()).threads(1).useSitemaps(false).build(),
            PageAnalyzer.NONE);
    crawler[0].run(stopAtFirstPage, null);

    List<String> todo =
        crawler[0].snapshot().frontier().stream().map(CrawlState.Entry::url).toList();
    assertThat(todo)
        .hasSize(5_000)
        .contains(wm.baseUrl() + "/" + word(0), wm.baseUrl() + "/" + word(4_999))
        .doesNotContain(wm.baseUrl() + "/" + word(5_000));
  }

  /**
   * A path segment of letters only, so that no number pattern makes the URLs look like a calendar
   * trap.
   */
  private static String word(int i) {
    StringBuilder w = new StringBuilder("thema-");
    for (int k = 0; k < 3; k++, i /= 26) {
      w.append((char) ('a' + i % 26));
    }
    return w.toString();
  }
}
