package nl.wmebv.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.demosite.DemoSite;
import org.junit.jupiter.api.Test;

/** Crawls the bundled demo site of gemeente Voorbeeldstad end to end (no analyzer). */
class DemoSiteCrawlTest {

  @Test
  void findsEveryProductPageEndsTheAgendaAndObeysRobots() {
    try (DemoSite site = DemoSite.start("127.0.0.1", 0)) {
      CrawlConfig config = TestCrawls.config(site.baseUri() + "/").threads(4).build();
      TestCrawls.Collector c = new TestCrawls.Collector();
      CrawlSummary summary = new Crawler(config, PageAnalyzer.NONE).run(c, null);

      Set<String> found =
          c.pages.stream()
              .filter(p -> p.error() == null && p.status() == 200)
              .map(p -> TestCrawls.pathOf(p.finalUrl()))
              .collect(Collectors.toSet());
      assertThat(DemoSite.productPaths()).isNotEmpty();
      assertThat(found).containsAll(DemoSite.productPaths());
      long agenda = c.pages.stream().filter(p -> p.url().contains("/agenda")).count();
      assertThat(agenda).as("the calendar trap ends").isBetween(1L, 101L);
      assertThat(site.hits("/zoeken")).isZero();
      assertThat(c.pages.stream().filter(p -> TestCrawls.pathOf(p.url()).startsWith("/zoeken")))
          .allSatisfy(
              p -> {
                assertThat(p.error()).isEqualTo("disallowed by robots.txt");
                assertThat(p.skipped()).isTrue();
              });
      long skipped = c.pages.stream().filter(PageRecord::skipped).count();
      assertThat(skipped).as("/zoeken and /mijn are disallowed").isPositive();
      assertThat(summary.skipped()).isEqualTo(skipped);
      assertThat(summary.errors())
          .isEqualTo(c.pages.stream().filter(PageRecord::failedFetch).count());
      assertThat(summary.stopped()).isFalse();
      assertThat(summary.pages()).isEqualTo(c.pages.size());
    }
  }
}
