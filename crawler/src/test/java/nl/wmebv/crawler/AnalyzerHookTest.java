package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.links;
import static nl.wmebv.crawler.TestCrawls.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnalyzerHookTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PageAnalysis ANALYSIS =
      new PageAnalysis(
          null, List.of(), ChannelStatus.NONE, List.of(), List.of(), List.of(), List.of(), null);

  private void site() {
    page(wm, "/", "Home", links("/a", "/b", "/c", "/d.pdf"));
    page(wm, "/a", "A", "");
    page(wm, "/b", "B", "");
    page(wm, "/c", "C", "");
  }

  @Test
  void heldBackPagesAreReportedAtFlushAndStayInTheSnapshotUntilThen() {
    site();
    List<Integer> todoAtFlush = new ArrayList<>();
    Crawler[] crawler = new Crawler[1];
    PageAnalyzer holding =
        new PageAnalyzer() {
          final List<Consumer<PageAnalysis>> held = new ArrayList<>();

          @Override
          public synchronized void analyze(URI url, Document doc, Consumer<PageAnalysis> result) {
            held.add(result); // learns the chrome from all pages first
          }

          @Override
          public synchronized void flush() {
            todoAtFlush.add(crawler[0].snapshot().frontier().size());
            held.forEach(r -> r.accept(ANALYSIS));
          }
        };
    crawler[0] = new Crawler(TestCrawls.config(wm.baseUrl()).build(), holding);
    TestCrawls.Collector c = new TestCrawls.Collector();
    crawler[0].run(c, null);
    assertThat(todoAtFlush).containsExactly(4);
    assertThat(c.pages).hasSize(4).allSatisfy(p -> assertThat(p.analysis()).isSameAs(ANALYSIS));
    assertThat(crawler[0].snapshot().frontier()).isEmpty();
  }

  @Test
  void pagesAreReportedEvenWhenTheAnalyzerFailsOrNeverAnswers() {
    site();
    PageAnalyzer broken =
        (url, doc, result) -> {
          if (url.getPath().equals("/a")) {
            throw new IllegalStateException("boom");
          }
          if (url.getPath().equals("/b")) {
            result.accept(ANALYSIS);
            result.accept(ANALYSIS); // twice: reported once
          }
          // others: never answers
        };
    TestCrawls.Collector c = new TestCrawls.Collector();
    new Crawler(TestCrawls.config(wm.baseUrl()).build(), broken).run(c, null);
    assertThat(c.pages).hasSize(4);
    assertThat(c.byPath().get("/b").analysis()).isSameAs(ANALYSIS);
    assertThat(c.progress).isNotEmpty();
  }
}
