package nl.wmebv.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.demosite.PageLabel;
import org.junit.jupiter.api.Test;

/**
 * Crawls the demo site with the real analyzer (chrome learning, channel checks against the live
 * demo server) and scores product detection and channel status against the demo site's own labels,
 * which were written apart from the detection rules. Prints the figures and writes them to
 * crawler/target/demo-measurement.txt (copied into bench/README.md).
 */
class DemoSiteMeasurementTest {

  @Test
  void detectionOnTheIndependentlyLabelledDemoSite() throws IOException {
    try (DemoSite site = DemoSite.start("127.0.0.1", 0)) {
      CrawlConfig config = TestCrawls.config(site.baseUri() + "/").threads(4).build();
      SiteAnalyzer analyzer =
          new SiteAnalyzer(
              AnalysisConfig.defaults()
                  .withChecks(true, Duration.ofSeconds(5))
                  .withAllowPrivateAddresses(true));
      TestCrawls.Collector c = new TestCrawls.Collector();
      new Crawler(config, analyzer).run(c, null);

      Map<String, PageRecord> byPath =
          c.pages.stream()
              .filter(p -> p.analysis() != null)
              .collect(Collectors.toMap(p -> TestCrawls.pathOf(p.finalUrl()), p -> p, (a, b) -> a));
      List<PageLabel> labelled =
          DemoSite.labels().stream().filter(l -> byPath.containsKey(l.path())).toList();
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int statusRight = 0;
      int products = 0;
      StringBuilder misses = new StringBuilder();
      for (PageLabel label : labelled) {
        PageRecord page = byPath.get(label.path());
        boolean said = page.analysis().isProduct();
        boolean truth = label.isProduct();
        tp += said && truth ? 1 : 0;
        fp += said && !truth ? 1 : 0;
        fn += !said && truth ? 1 : 0;
        if (truth) {
          products++;
          String status = String.valueOf(page.analysis().channelStatus());
          if (status.equals(label.channelStatus())) {
            statusRight++;
          } else {
            misses
                .append("  status ")
                .append(label.path())
                .append(": expected ")
                .append(label.channelStatus())
                .append(", got ")
                .append(status)
                .append('\n');
          }
        }
        if (said != truth) {
          misses
              .append("  product ")
              .append(label.path())
              .append(": expected ")
              .append(truth)
              .append('\n');
        }
      }
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double accuracy = products == 0 ? 0 : (double) statusRight / products;
      String report =
          String.format(
              Locale.ROOT,
              """
          demo site: %d labelled HTML pages crawled (%d products)
          product detection: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)
          channel status accuracy on product pages: %.3f (%d/%d)
          requests to the site: %d (%d crawl records, the rest channel visits and robots/sitemap), %.2f per product page
          %s""",
              labelled.size(),
              products,
              precision,
              recall,
              tp,
              fp,
              fn,
              accuracy,
              statusRight,
              products,
              site.totalHits(),
              c.pages.size(),
              (double) site.totalHits() / Math.max(1, products),
              misses);
      System.out.println(report);
      Files.writeString(Path.of("target/demo-measurement.txt"), report);

      assertThat(labelled).hasSizeGreaterThan(80);
      assertThat(precision).as(report).isGreaterThanOrEqualTo(0.97);
      assertThat(recall).as(report).isGreaterThanOrEqualTo(0.97);
      assertThat(accuracy).as(report).isGreaterThanOrEqualTo(0.97);
    }
  }
}
