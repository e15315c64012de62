package nl.wmebv.crawler.detect.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.crawler.detect.TrapSite;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A page the site's A–Z overview lists has one point more: enough for a weak product page, not a
 * verdict.
 */
class CatalogueLinksTest {
  private static final String HOST = "https://www.trapstad.nl";
  private static final List<String> NAMES =
      List.of(
          "Afvalpas",
          "Bijstand",
          "Compostbak",
          "Dakkapel bouwen",
          "Evenement",
          "Geboorte",
          "Huwelijk",
          "Identiteitskaart",
          "Kapvergunning",
          "Leerlingenvervoer",
          "Parkeren",
          "Rijbewijs",
          "Subsidie",
          "Uittreksel");

  @Test
  void aWeakPageListedInTheAzOverviewIsAProductAndTheSameUnlistedOneIsNot() {
    String az =
        NAMES.stream()
            .map(n -> "<li><a href='/regelen/" + UnseenSlug.of(n) + "'>" + n + "</a></li>")
            .collect(Collectors.joining("", "<ul>", "</ul>"));
    String weak =
        "<h2>Voorwaarden</h2><p>U woont in Trapstad.</p><h2>Kosten</h2><p>Het kost niets.</p>";
    Map<String, Boolean> seen = new HashMap<>();
    SiteAnalyzer analyzer =
        new SiteAnalyzer(AnalysisConfig.defaults().withChecks(false, null).withWarmUpPages(4));
    analyse(analyzer, "/producten-a-z", TrapSite.page("Producten en diensten A-Z", az), seen);
    analyse(analyzer, "/regelen/geboorte", TrapSite.page("Geboorte", weak), seen);
    analyse(analyzer, "/informatie/geboorte", TrapSite.page("Geboorte", weak), seen);
    IntStream.range(0, 3)
        .forEach(
            i ->
                analyse(
                    analyzer,
                    "/info/pagina-" + i,
                    TrapSite.page("Info " + i, "<p>Tekst " + i + ".</p>"),
                    seen));
    analyzer.flush();
    assertThat(seen)
        .containsEntry("/regelen/geboorte", true)
        .containsEntry("/informatie/geboorte", false)
        .containsEntry("/producten-a-z", false);
  }

  private static void analyse(
      SiteAnalyzer analyzer, String path, String html, Map<String, Boolean> seen) {
    analyzer.analyze(
        URI.create(HOST + path),
        Jsoup.parse(html, HOST + path),
        a -> seen.put(path, a.isProduct()));
  }

  /** Slugs as the overview links them. */
  private static final class UnseenSlug {
    static String of(String name) {
      return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
  }
}
