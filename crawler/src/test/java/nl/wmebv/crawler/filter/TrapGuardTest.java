package nl.wmebv.crawler.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TrapGuardTest {
  private final TrapGuard guard = new TrapGuard(new TrapLimits(2, 3, 5, 6, 120));

  @Test
  void repeatedSegmentsAreRefused() {
    assertThat(guard.check(URI.create("https://g.nl/a/b/a/b"))).isEmpty();
    assertThat(guard.check(URI.create("https://g.nl/a/b/a/b/a/b"))).get().asString().contains("repeated");
  }

  @Test
  void tooManyQueryParametersAreRefused() {
    assertThat(guard.check(URI.create("https://g.nl/p?a=1&b=2&c=3"))).isEmpty();
    assertThat(guard.check(URI.create("https://g.nl/p?a=1&b=2&c=3&d=4"))).isPresent();
  }

  @Test
  void depthAndLengthAreLimited() {
    assertThat(guard.check(URI.create("https://g.nl/1/2/3/4/5/6/7"))).get().asString().contains("deeper");
    assertThat(guard.check(URI.create("https://g.nl/" + "x".repeat(200)))).get().asString().contains("longer");
  }

  @Test
  void queryVariantsPerPathAreCounted() {
    for (int i = 1; i <= 5; i++) {
      assertThat(guard.admit(URI.create("https://g.nl/agenda?maand=" + i))).isEmpty();
    }
    assertThat(guard.admit(URI.create("https://g.nl/agenda?maand=6"))).get().asString().contains("query variants");
    assertThat(guard.admit(URI.create("https://g.nl/nieuws?p=1"))).isEmpty();
  }
}
