package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wmebv.crawler.detect.RealPages.Label;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.crawler.detect.upl.UplIndex;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Detection on the text of real pages of 102 municipalities (107 pages: 95 product pages and 12
 * that are none, such as news items, an overview, a FAQ item, forms themselves), see {@code
 * detect/real/make_real.py}: their real wording, headings and URL shapes, with the channel targets
 * served by a stub server as the kind of platform each is (a DigiD-protected form, an Open
 * Formulieren form, an appointment system, a PDF, a page that answers 404). Prints product
 * precision/recall and channel status accuracy, as {@link DetectionMeasurementTest} does for the
 * generated fixtures, and keeps them from dropping.
 */
class RealPagesMeasurementTest {
  private final StubForms stubs = new StubForms();

  @AfterEach
  void stop() {
    stubs.close();
  }

  @Test
  void detectionOnRealPages() throws IOException {
    List<Label> labels = RealPages.labels();
    for (Label l : labels) {
      for (String t : l.targetList()) {
        int eq = t.lastIndexOf('=');
        RealPages.serveTarget(stubs, URI.create(t.substring(0, eq)), t.substring(eq + 1));
      }
    }
    // with the UPL, as the service analyses (a page named like a UPL product is evidence of a
    // product page)
    java.util.Optional<java.nio.file.Path> uplFile =
        nl.wmebv.crawler.SharedTestData.optional("upl/UPL-actueel.csv");
    AnalysisConfig config =
        AnalysisConfig.defaults()
            .withChecks(true, Duration.ofSeconds(5))
            .withAllowPrivateAddresses(true)
            .withWarmUpPages(1)
            .withUpl(uplFile.isPresent() ? UplIndex.load(uplFile.get()) : null);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int products = 0;
    int statusRight = 0;
    StringBuilder misses = new StringBuilder();
    for (Label l : labels) {
      PageAnalysis a = analyze(config, l);
      boolean said = a.isProduct();
      tp += said && l.product() ? 1 : 0;
      fp += said && !l.product() ? 1 : 0;
      fn += !said && l.product() ? 1 : 0;
      if (said != l.product()) {
        misses
            .append("  product ")
            .append(l.file())
            .append(": expected ")
            .append(l.product())
            .append('\n');
      }
      if (l.product()) {
        products++;
        if (l.status().equals(String.valueOf(a.channelStatus()))) {
          statusRight++;
        } else {
          misses
              .append("  status ")
              .append(l.file())
              .append(": expected ")
              .append(l.status())
              .append(", got ")
              .append(a.channelStatus())
              .append(' ')
              .append(a.channels())
              .append('\n');
        }
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double accuracy = (double) statusRight / products;
    String report =
        String.format(
            Locale.ROOT,
            """
        real pages: %d pages of %d municipalities (%d product pages), UPL %s
        product detection: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)
        channel status accuracy on product pages: %.3f (%d/%d)
        %s""",
            labels.size(),
            labels.stream().map(Label::municipality).distinct().count(),
            products,
            uplFile.isPresent() ? "used" : "not found",
            precision,
            recall,
            tp,
            fp,
            fn,
            accuracy,
            statusRight,
            products,
            misses);
    System.out.println(report);
    assertThat(labels.stream().map(Label::municipality).distinct().count())
        .isGreaterThanOrEqualTo(80);
    // 35 municipalities, measured 2026-12-03: 1.000 / 0.969 / 1.000 (before the page's own channels
    // counted for the
    // product decision and calls to action were visited on undecided pages: 1.000 / 0.594 / 0.906).
    // 102 municipalities (issue 13's targets for 80+ municipalities: precision and recall 0.95,
    // status accuracy
    // 0.90): 1.000 / 0.789 / 0.863 when the pages were added; 1.000 / 0.905 / 0.937 after visited
    // forms, UPL names,
    // form words in compounds and letters by post counted; 1.000 / 0.958 / 0.947 after a visited
    // portal counted,
    // login links on a product text no longer made it a login gate, "Inloggen met DigiD Aanvragen"
    // was no longer
    // read as getting a DigiD, and a title headed by a UPL name ("Klacht over handelen gemeente")
    // was a near match.
    // The four misses left are printed: pages with one heading and no channel at all. Status 0.968
    // once a document
    // under "Vul het formulier in" and "een bezwaarschrift sturen naar de gemeente" were read as
    // print and letter.
    assertThat(precision).as(report).isGreaterThanOrEqualTo(0.97);
    assertThat(recall).as(report).isGreaterThanOrEqualTo(0.95);
    assertThat(accuracy).as(report).isGreaterThanOrEqualTo(0.96);
  }

  private PageAnalysis analyze(AnalysisConfig config, Label l) throws IOException {
    String html = RealPages.html(l);
    SiteAnalyzer analyzer = new SiteAnalyzer(config, new ChannelChecker(config, stubs::route));
    List<PageAnalysis> out = new ArrayList<>();
    analyzer.analyze(URI.create(l.url()), Jsoup.parse(html, l.url()), out::add);
    analyzer.flush();
    return out.get(0);
  }
}
