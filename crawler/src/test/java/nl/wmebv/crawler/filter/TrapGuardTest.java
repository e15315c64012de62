package nl.wmebv.crawler.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TrapGuardTest {
  private final TrapGuard guard = new TrapGuard(new TrapLimits(2, 3, 5, 6, 120), 2026);

  @Test
  void repeatedSegmentsAreRefused() {
    assertThat(guard.check(URI.create("https://g.nl/a/b/a/b"))).isEmpty();
    assertThat(guard.check(URI.create("https://g.nl/a/b/a/b/a/b")))
        .get()
        .asString()
        .contains("repeated");
  }

  @Test
  void tooManyQueryParametersAreRefused() {
    assertThat(guard.check(URI.create("https://g.nl/p?a=1&b=2&c=3"))).isEmpty();
    assertThat(guard.check(URI.create("https://g.nl/p?a=1&b=2&c=3&d=4"))).isPresent();
  }

  @Test
  void depthAndLengthAreLimited() {
    assertThat(guard.check(URI.create("https://g.nl/1/2/3/4/5/6/7")))
        .get()
        .asString()
        .contains("deeper");
    assertThat(guard.check(URI.create("https://g.nl/" + "x".repeat(200))))
        .get()
        .asString()
        .contains("longer");
  }

  @Test
  void queryVariantsWithoutDatesAreNotCounted() {
    // the old rule refused the 101st query of a path: a site routing 600 pages through /index.php
    // lost 500
    for (int i = 1; i <= 600; i++) {
      assertThat(guard.admit(URI.create("https://g.nl/index.php?id=" + i))).as("id=" + i).isEmpty();
      assertThat(guard.admit(URI.create("https://g.nl/index.php?pagina=product&id=" + i)))
          .isEmpty();
    }
    assertThat(guard.admit(URI.create("https://g.nl/index.php?id=2026")))
        .as("a number is no date")
        .isEmpty();
    assertThat(guard.traps()).isEmpty();
  }

  @Test
  void aCalendarPatternTakesAtMostItsDates() {
    // limits: 5 dates per pattern
    for (int m = 1; m <= 5; m++) {
      assertThat(guard.admit(URI.create("https://g.nl/agenda?maand=2026-0" + m))).isEmpty();
    }
    assertThat(guard.admit(URI.create("https://g.nl/agenda?maand=2026-06")))
        .get()
        .asString()
        .contains("calendar");
    assertThat(guard.admit(URI.create("https://g.nl/agenda?maand=2026-07"))).isPresent();
    assertThat(guard.admit(URI.create("https://g.nl/agenda/evenement?id=6"))).isEmpty();
    assertThat(guard.traps())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.pattern()).isEqualTo("g.nl/agenda?maand={date}");
              assertThat(t.refused()).isEqualTo(2);
            });
  }

  @Test
  void everyDateShapeIsOnePattern() {
    String[][] shapes = {
      {"https://g.nl/agenda/2026/%d", "g.nl/agenda/{date}"},
      {"https://g.nl/agenda/2026%02d", "g.nl/agenda/{date}"},
      {"https://g.nl/kalender?datum=2026-11-%02d", "g.nl/kalender?datum={date}"},
      {"https://g.nl/agenda?maand=%d&jaar=2026", "g.nl/agenda?maand={date}&jaar={date}"},
      {"https://g.nl/nieuws?date=%02d-11-2026&view=list", "g.nl/nieuws?date={date}&view=list"}
    };
    for (String[] shape : shapes) {
      TrapGuard g = new TrapGuard(new TrapLimits(2, 3, 5, 6, 120), 2026);
      for (int i = 1; i <= 5; i++) {
        assertThat(g.admit(URI.create(String.format(shape[0], i))))
            .as(shape[0] + " " + i)
            .isEmpty();
      }
      assertThat(g.admit(URI.create(String.format(shape[0], 6)))).as(shape[0]).isPresent();
      assertThat(g.traps()).extracting(Trap::pattern).containsExactly(shape[1]);
    }
  }

  @Test
  void yearsFarFromTodayAreRefused() {
    TrapGuard g = new TrapGuard(TrapLimits.defaults(), 2026);
    assertThat(g.admit(URI.create("https://g.nl/agenda?maand=2028-12"))).isEmpty();
    assertThat(g.admit(URI.create("https://g.nl/agenda?maand=2029-01")))
        .get()
        .asString()
        .contains("far");
    assertThat(g.admit(URI.create("https://g.nl/agenda/1999/4"))).get().asString().contains("far");
    assertThat(g.admit(URI.create("https://g.nl/nieuws/2010/04/nieuwe-brug"))).isEmpty();
  }

  @Test
  void pagesThatDifferOnlyInTheirDatesCloseThePattern() {
    TrapGuard g = new TrapGuard(TrapLimits.defaults(), 2026);
    URI nov = URI.create("https://g.nl/agenda?maand=2026-11");
    URI dec = URI.create("https://g.nl/agenda?maand=2026-12");
    assertThat(g.admit(nov)).isEmpty();
    assertThat(g.admit(dec)).isEmpty();
    g.observe(
        nov,
        "<h1>November 2026</h1><p>Geen activiteiten.</p><a href='?maand=2026-12'>volgende</a>"
            .getBytes());
    assertThat(g.admit(URI.create("https://g.nl/agenda?maand=2027-01")))
        .as("one page says nothing yet")
        .isEmpty();
    g.observe(
        dec,
        "<h1>December 2026</h1><p>Geen activiteiten.</p><a href='?maand=2027-01'>volgende</a>"
            .getBytes());
    assertThat(g.admit(URI.create("https://g.nl/agenda?maand=2027-02")))
        .get()
        .asString()
        .contains("only in");
  }

  @Test
  void pagesWithOtherContentKeepThePatternOpen() {
    TrapGuard g = new TrapGuard(TrapLimits.defaults(), 2026);
    g.observe(
        URI.create("https://g.nl/agenda?maand=2026-11"),
        "<h1>November</h1><p>Markt</p>".getBytes());
    g.observe(
        URI.create("https://g.nl/agenda?maand=2026-12"),
        "<h1>December</h1><p>Kerstconcert</p>".getBytes());
    assertThat(g.admit(URI.create("https://g.nl/agenda?maand=2027-01"))).isEmpty();
    assertThat(g.traps()).isEmpty();
  }

  @Test
  void anEscapedAmpersandLoopIsRefused() {
    assertThat(guard.check(URI.create("https://g.nl/p?a=1&amp;b=2")))
        .as("escaped once: as linked")
        .isEmpty();
    assertThat(guard.check(URI.create("https://g.nl/p?a=1&amp;amp;b=2")))
        .get()
        .asString()
        .contains("loop");
  }
}
