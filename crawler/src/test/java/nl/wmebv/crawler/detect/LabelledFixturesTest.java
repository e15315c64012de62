package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: every labelled fixture gets the expected product verdict, channel status and
 * channel types.
 */
class LabelledFixturesTest {
  static List<Fixtures.Label> labels() {
    return Fixtures.labels();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labels")
  void matchesLabel(Fixtures.Label label) {
    PageAnalysis a = Fixtures.results().get(label.file());
    assertThat(a).as("analysis delivered").isNotNull();
    String evidence =
        a.channels().stream()
            .map(c -> c.type() + " " + c.target() + " [" + c.rule() + "] " + c.check())
            .collect(Collectors.joining("\n  "));
    assertThat(a.isProduct())
        .as("isProduct of %s; product=%s", label.file(), a.product())
        .isEqualTo(label.product());
    TreeSet<String> types =
        a.channels().stream()
            .map(c -> c.type().name())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat((Iterable<String>) types)
        .as("channel types of %s:\n  %s", label.file(), evidence)
        .containsExactlyInAnyOrderElementsOf(label.types());
    assertThat(a.channelStatus())
        .as("status of %s:\n  %s", label.file(), evidence)
        .isEqualTo(label.status());
  }
}
