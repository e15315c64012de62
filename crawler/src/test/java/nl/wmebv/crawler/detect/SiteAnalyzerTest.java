package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.wmebv.crawler.detect.channel.ChannelType;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Warm-up hold-back, flush, per-site chrome, concurrency and the JSON helper. */
class SiteAnalyzerTest {
  final AnalysisConfig config =
      AnalysisConfig.defaults().withChecks(false, null).withWarmUpPages(5);

  @Test
  void holdsBackWarmUpPagesThenAnalysesImmediately() {
    SiteAnalyzer analyzer = new SiteAnalyzer(config);
    List<String> delivered = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 4; i++) {
      feed(analyzer, "https://www.a.nl/p" + i, delivered);
    }
    assertThat(delivered).isEmpty();
    feed(analyzer, "https://www.a.nl/p4", delivered);
    assertThat(delivered).hasSize(5);
    feed(analyzer, "https://www.a.nl/p5", delivered);
    assertThat(delivered).hasSize(6).last().isEqualTo("https://www.a.nl/p5");
  }

  @Test
  void largePagesEndTheWarmUpEarlySoThatFewAreHeldInMemory() {
    SiteAnalyzer analyzer = new SiteAnalyzer(config.withWarmUpPages(20));
    List<String> delivered = new CopyOnWriteArrayList<>();
    String big =
        "<p><span>x</span></p>".repeat(SiteAnalyzer.HELD_ELEMENTS / 4); // half the held elements
    analyzer.analyze(
        URI.create("https://a.nl/p0"),
        Jsoup.parse(TrapSite.page("P0", big), "https://a.nl/p0"),
        a -> delivered.add("p0"));
    assertThat(delivered).isEmpty();
    analyzer.analyze(
        URI.create("https://a.nl/p1"),
        Jsoup.parse(TrapSite.page("P1", big), "https://a.nl/p1"),
        a -> delivered.add("p1"));
    assertThat(delivered)
        .containsExactly("p0", "p1"); // learned from two pages, not held until twenty
  }

  @Test
  void flushDeliversSmallSites() {
    SiteAnalyzer analyzer = new SiteAnalyzer(config);
    List<String> delivered = new CopyOnWriteArrayList<>();
    feed(analyzer, "https://www.a.nl/p1", delivered);
    feed(analyzer, "https://b.nl/p1", delivered);
    assertThat(delivered).isEmpty();
    analyzer.flush();
    assertThat(delivered).containsExactlyInAnyOrder("https://www.a.nl/p1", "https://b.nl/p1");
  }

  @Test
  void concurrentPagesAreEachDeliveredOnce() throws Exception {
    SiteAnalyzer analyzer = new SiteAnalyzer(config);
    Map<String, Integer> count = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 200; i++) {
      String url = "https://site" + (i % 3) + ".nl/p" + i;
      pool.submit(
          () ->
              analyzer.analyze(
                  URI.create(url),
                  Jsoup.parse(TrapSite.page("P", "<p>x</p>"), url),
                  a -> count.merge(url, 1, Integer::sum)));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    analyzer.flush();
    assertThat(count).hasSize(200).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
  }

  @Test
  void analysisRoundTripsThroughJson() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/bouwen",
            "Omgevingsvergunning",
            TrapSite.product("<p><a href='https://www.omgevingsloket.nl/'>Omgevingsloket</a></p>"),
            null);
    String json = AnalysisJson.toJson(a);
    assertThat(json)
        .contains(
            "\"product\":{\"name\":\"Omgevingsvergunning\"",
            "\"channelStatus\":\"DIGITAL\"",
            "\"fleschDouma\"");
    assertThat(AnalysisJson.fromJson(json)).isEqualTo(a);
  }

  @Test
  void anAnalysisOfAnotherVersionReadsWithoutItsUnknownChannelsAndProperties() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/bouwen",
            "Omgevingsvergunning",
            TrapSite.product("<p><a href='https://www.omgevingsloket.nl/'>Omgevingsloket</a></p>"),
            null);
    String json = AnalysisJson.toJson(a);
    String older =
        json.replace("\"type\":\"NATIONAL_PORTAL\"", "\"type\":\"EFORM\"")
            .replaceFirst("\\{\"product\"", "{\"crawlerVersion\":\"0.9\",\"product\"");
    assertThat(older).isNotEqualTo(json).contains("\"EFORM\"", "crawlerVersion");

    PageAnalysis read = AnalysisJson.fromJson(older);
    assertThat(read.product()).isEqualTo(a.product());
    assertThat(read.channels())
        .hasSize(a.channels().size() - 1)
        .noneMatch(c -> c.type() == null || c.type() == ChannelType.NATIONAL_PORTAL);
  }

  private static void feed(SiteAnalyzer analyzer, String url, List<String> delivered) {
    analyzer.analyze(
        URI.create(url), Jsoup.parse(TrapSite.page("P", "<p>x</p>"), url), x -> delivered.add(url));
  }
}
