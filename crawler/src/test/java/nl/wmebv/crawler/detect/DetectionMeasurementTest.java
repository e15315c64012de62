package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of product detection and accuracy of channel status over the labelled
 * fixtures; prints the figures and writes them to target/detect-measurement.txt (for
 * bench/README.md).
 */
class DetectionMeasurementTest {
  @Test
  void measure() throws IOException {
    Map<String, PageAnalysis> results = Fixtures.results();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int statusOk = 0;
    int typesOk = 0;
    int n = 0;
    StringBuilder misses = new StringBuilder();
    for (Fixtures.Label l : Fixtures.labels()) {
      PageAnalysis a = results.get(l.file());
      n++;
      boolean product = a != null && a.isProduct();
      tp += product && l.product() ? 1 : 0;
      fp += product && !l.product() ? 1 : 0;
      fn += !product && l.product() ? 1 : 0;
      if (a != null && a.channelStatus() == l.status()) {
        statusOk++;
      } else {
        misses.append("  status ").append(l.file()).append('\n');
      }
      if (a != null
          && a.channels().stream()
              .map(c -> c.type().name())
              .collect(Collectors.toCollection(TreeSet::new))
              .equals(new TreeSet<>(l.types()))) {
        typesOk++;
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double statusAccuracy = (double) statusOk / n;
    double typesAccuracy = (double) typesOk / n;
    long products = Fixtures.labels().stream().filter(Fixtures.Label::product).count();
    String report =
        String.format(
            java.util.Locale.ROOT,
            "fixtures: %d pages (%d product, %d non-product) in 7 CMS styles%n"
                + "product detection: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n"
                + "channel status accuracy: %.3f (%d/%d)%n"
                + "channel type set exact: %.3f (%d/%d)%n%s",
            n,
            products,
            n - products,
            precision,
            recall,
            tp,
            fp,
            fn,
            statusAccuracy,
            statusOk,
            n,
            typesAccuracy,
            typesOk,
            n,
            misses);
    System.out.println(report);
    Path out = Path.of("target", "detect-measurement.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    assertThat(precision).isGreaterThanOrEqualTo(0.97);
    assertThat(recall).isGreaterThanOrEqualTo(0.97);
    assertThat(statusAccuracy).isGreaterThanOrEqualTo(0.97);
  }
}
