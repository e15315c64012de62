package nl.wmebv.crawler;

import static nl.wmebv.crawler.GeneratedSite.page;
import static nl.wmebv.crawler.GeneratedSite.productText;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wmebv.crawler.detect.PageAnalyzer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Endless calendars in every date shape, each page linking the previous and the next date for ever:
 * the crawl stops each within 40 fetches, crawls the rest of the site fully, and records the
 * calendar's pattern.
 */
class CalendarCrawlTest {
  private static final int PRODUCTS = 40;
  private final GeneratedSite site = new GeneratedSite();

  @RegisterExtension WireMockExtension wm = site.server();

  /**
   * One date shape: the URL of a date, and the date a URL names (null when it is not this
   * calendar).
   */
  private record Shape(
      Function<LocalDate, String> url,
      Function<String, LocalDate> parse,
      UnaryOperator<LocalDate> next,
      UnaryOperator<LocalDate> previous) {}

  private static Shape shape(String name) {
    UnaryOperator<LocalDate> nextMonth = d -> d.plusMonths(1);
    UnaryOperator<LocalDate> prevMonth = d -> d.minusMonths(1);
    return switch (name) {
      case "maand" ->
          new Shape(
              d -> "/agenda?maand=" + d.format(DateTimeFormatter.ofPattern("yyyy-MM")),
              matching("/agenda\\?maand=(\\d{4})-(\\d{2})", m -> month(m.group(1), m.group(2))),
              nextMonth,
              prevMonth);
      case "pad" ->
          new Shape(
              d -> "/agenda/" + d.getYear() + "/" + String.format("%02d", d.getMonthValue()),
              matching("/agenda/(\\d{4})/(\\d{2})", m -> month(m.group(1), m.group(2))),
              nextMonth,
              prevMonth);
      case "compact" ->
          new Shape(
              d -> "/agenda/" + d.format(DateTimeFormatter.ofPattern("yyyyMM")),
              matching("/agenda/(\\d{4})(\\d{2})", m -> month(m.group(1), m.group(2))),
              nextMonth,
              prevMonth);
      case "maand-jaar" ->
          new Shape(
              d -> "/agenda?maand=" + d.getMonthValue() + "&amp;jaar=" + d.getYear(),
              matching(
                  "/agenda\\?maand=(\\d{1,2})&jaar=(\\d{4})", m -> month(m.group(2), m.group(1))),
              nextMonth,
              prevMonth);
      case "dag" ->
          new Shape(
              d -> "/kalender?datum=" + d,
              matching(
                  "/kalender\\?datum=(\\d{4}-\\d{2}-\\d{2})", m -> LocalDate.parse(m.group(1))),
              d -> d.plusDays(1),
              d -> d.minusDays(1));
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static LocalDate month(String year, String month) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), 1);
  }

  private static Function<String, LocalDate> matching(
      String regex, Function<Matcher, LocalDate> date) {
    Pattern p = Pattern.compile(regex);
    return url -> {
      Matcher m = p.matcher(url);
      return m.matches() ? date.apply(m) : null;
    };
  }

  /**
   * A site of {@value #PRODUCTS} products and a calendar that starts at today's month or day.
   *
   * @param events true when each date lists its own events (pages differ beyond the date), false
   *     for empty ones
   */
  private static Function<String, String> site(Shape shape, boolean events) {
    LocalDate today = LocalDate.now();
    return url -> {
      if (url.equals("/")) {
        return page(
            "Welkom", "/", "/producten", "<a href=\"" + shape.url().apply(today) + "\">Agenda</a>");
      }
      if (url.equals("/producten")) {
        return page(
            "Producten",
            "/",
            "/producten",
            IntStream.range(0, PRODUCTS)
                .mapToObj(
                    i -> "<a href=\"/producten/p-" + i + "\">" + QueryRoutedSites.name(i) + "</a>")
                .collect(Collectors.joining(" ")));
      }
      if (url.startsWith("/producten/p-")) {
        int i = Integer.parseInt(url.substring("/producten/p-".length()));
        return i < PRODUCTS
            ? page(
                QueryRoutedSites.name(i), "/", "/producten", productText(QueryRoutedSites.name(i)))
            : null;
      }
      LocalDate d = shape.parse().apply(url);
      if (d == null) {
        return null;
      }
      String title = d.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", new Locale("nl")));
      String what =
          events ? "<p>Evenement " + letters(d) + " op het plein</p>" : "<p>Geen activiteiten.</p>";
      return page(
          "Agenda " + title,
          "/",
          "/producten",
          what
              + "<a href=\""
              + shape.url().apply(shape.previous().apply(d))
              + "\">vorige</a> <a href=\""
              + shape.url().apply(shape.next().apply(d))
              + "\">volgende</a>");
    };
  }

  /** Letters (no digits, no month names) that differ per date. */
  private static String letters(LocalDate d) {
    long n = d.toEpochDay();
    return ""
        + (char) ('a' + n % 26)
        + (char) ('a' + n / 26 % 26)
        + (char) ('a' + n / 676 % 26)
        + "x";
  }

  @ParameterizedTest(name = "{0}, events {1}")
  @CsvSource({
    "maand, false",
    "maand, true",
    "pad, false",
    "pad, true",
    "compact, true",
    "maand-jaar, true",
    "maand-jaar, false",
    "dag, false",
    "dag, true"
  })
  void anEndlessCalendarStopsWithin40FetchesAndTheRestIsCrawledFully(
      String shapeName, boolean events) {
    Function<String, String> pages = site(shape(shapeName), events);
    site.serve(wm, pages);
    CrawlSummary summary =
        new Crawler(
                TestCrawls.config(wm.baseUrl() + "/").maxDepth(10_000).build(), PageAnalyzer.NONE)
            .run(new TestCrawls.Collector(), null);

    Map<String, Integer> requests = GeneratedSite.requests(wm);
    Set<String> calendar =
        requests.keySet().stream()
            .filter(u -> u.startsWith("/agenda") || u.startsWith("/kalender"))
            .collect(Collectors.toSet());
    System.out.printf(
        "calendar %s, events %s: %d fetches of %d in all%n",
        shapeName, events, calendar.size(), requests.size());
    assertThat(calendar.size()).as("calendar fetches").isBetween(2, 40);
    Set<String> rest =
        new HashSet<>(
            GeneratedSite.linked(
                pages, "/", u -> !u.startsWith("/agenda") && !u.startsWith("/kalender")));
    assertThat(rest).hasSize(2 + PRODUCTS);
    assertThat(requests.keySet()).containsAll(rest);
    assertThat(requests).allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
    assertThat(summary.traps())
        .as("the calendar's pattern is recorded")
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.pattern())
                  .contains("{date}")
                  .startsWith(java.net.URI.create(wm.baseUrl()).getHost());
              assertThat(t.refused()).isPositive();
            });
  }

  @org.junit.jupiter.api.Test
  void aReCrawlGivenTheRecordedPatternsDoesNotWalkTheCalendarAgain() {
    Function<String, String> pages = site(shape("maand"), true);
    site.serve(wm, pages);
    CrawlConfig config = TestCrawls.config(wm.baseUrl() + "/").build();
    CrawlSummary first =
        new Crawler(config, PageAnalyzer.NONE).run(new TestCrawls.Collector(), null);
    assertThat(first.traps()).hasSize(1);
    wm.resetRequests();

    Crawler again = new Crawler(config, PageAnalyzer.NONE);
    again.avoidTraps(first.traps().stream().map(nl.wmebv.crawler.filter.Trap::pattern).toList());
    CrawlSummary second = again.run(new TestCrawls.Collector(), null);
    Set<String> requested = GeneratedSite.requests(wm).keySet();
    assertThat(requested).noneMatch(u -> u.startsWith("/agenda"));
    assertThat(requested)
        .containsAll(GeneratedSite.linked(pages, "/", u -> !u.startsWith("/agenda")));
    assertThat(second.traps())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.pattern()).isEqualTo(first.traps().get(0).pattern());
              assertThat(t.refused()).isEqualTo(1); // the front page's link
            });
  }
}
