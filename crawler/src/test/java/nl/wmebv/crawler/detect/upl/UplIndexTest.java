package nl.wmebv.crawler.detect.upl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.wmebv.crawler.SharedTestData;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.PageDetector;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.junit.jupiter.api.Test;

/** The UPL loader on the real export (read-only) and on a semicolon variant. */
class UplIndexTest {
  @Test
  void loadsRealExportAndMatchesTitles() throws Exception {
    UplIndex upl = UplIndex.load(SharedTestData.upl());
    assertThat(upl.size()).isBetween(1100, 1300); // 1,214 unique URIs minus the placeholder row
    UplMatch paspoort = upl.match("Paspoort aanvragen").orElseThrow();
    assertThat(paspoort.entry().name()).isEqualTo("paspoort");
    assertThat(paspoort.entry().uri())
        .isEqualTo("http://standaarden.overheid.nl/owms/terms/paspoort");
    assertThat(paspoort.confidence()).isEqualTo(1.0);
    assertThat(paspoort.entry().flags()).contains("Gemeente", "Burger", "Aanvraag");
    assertThat(upl.match("Identiteitskaart aanvragen").orElseThrow().entry().name())
        .isEqualTo("identiteitskaart");
    assertThat(upl.match("Kwijtschelding gemeentelijke belastingen")).isPresent();
    assertThat(upl.byNameOrUri("PASPOORT")).isPresent();
    assertThat(upl.match("Welkom op onze website")).isEmpty();
  }

  @Test
  void aTitleHeadedByAUniformNameIsANearMatch() throws Exception {
    UplIndex upl = UplIndex.load(SharedTestData.upl());
    // real titles (Tubbergen, Bodegraven-Reeuwijk, Ridderkerk): the head before "over", "en" is the
    // product
    assertThat(upl.match("Klacht over handelen gemeente").orElseThrow().entry().name())
        .isEqualTo("klacht");
    assertThat(upl.match("Bezwaar en beroep").orElseThrow().entry().name()).isEqualTo("bezwaar");
    UplMatch plural = upl.match("Subsidies").orElseThrow();
    assertThat(plural.entry().name()).isEqualTo("subsidie");
    assertThat(plural.confidence())
        .isBetween(0.6, 0.95); // a near match (one point), not an exact one
    assertThat(upl.match("Parkeervergunning voor bewoners").orElseThrow().confidence())
        .isEqualTo(0.8);
    // a head that names no product matches nothing through the head
    assertThat(upl.match("Nieuws over subsidie").map(UplMatch::confidence).orElse(0.0))
        .isLessThan(0.6);
  }

  @Test
  void productDetectorUsesUplForUniformNameAndAudience() throws Exception {
    AnalysisConfig config =
        AnalysisConfig.defaults()
            .withChecks(false, null)
            .withUpl(UplIndex.load(SharedTestData.upl()));
    PageAnalysis a =
        new PageDetector(config, null)
            .analyze(
                java.net.URI.create("https://www.x.nl/producten/paspoort"),
                org.jsoup.Jsoup.parse(
                    "<main><h1>Paspoort aanvragen</h1><h2>Wat is het?</h2><p>Een reisdocument.</p>"
                        + "<h2>Kosten</h2><p>€ 80.</p></main>",
                    "https://www.x.nl/producten/paspoort"));
    assertThat(a.product().uniformName()).isEqualTo("paspoort");
    assertThat(a.product().uplUri()).endsWith("/paspoort");
    assertThat(a.product().audience()).isEqualTo("particulier,ondernemer");
    assertThat(a.messageTypes()).contains("aanvraag");
  }

  @Test
  void readsSemicolonsQuotesAndMergesRepeatedUris() throws Exception {
    String csv =
        "UniformeProductnaam;URI;Gemeente;Burger;Bedrijf;Melding\n"
            + "\"afvalcontainer\";http://x/afval;X;X;;\n"
            + "afvalcontainer;http://x/afval;X;;X;X\n"
            + "\"naam; met puntkomma\";http://x/p;;;;\n";
    UplIndex upl = UplIndex.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(upl.size()).isEqualTo(2);
    assertThat(upl.byNameOrUri("http://x/afval").orElseThrow().flags())
        .containsExactlyInAnyOrder("Gemeente", "Burger", "Bedrijf", "Melding");
    assertThat(upl.byNameOrUri("naam; met puntkomma")).isPresent();
  }
}
