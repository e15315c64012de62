package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wmebv.crawler.detect.page.Outline;
import nl.wmebv.crawler.detect.text.DutchSyllables;
import nl.wmebv.crawler.detect.text.Readability;
import nl.wmebv.crawler.detect.text.ReadabilityMeter;
import nl.wmebv.crawler.detect.text.SectionAnalyzer;
import nl.wmebv.crawler.detect.text.SectionReport;
import nl.wmebv.crawler.detect.text.TemplateSection;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dutch syllables, Flesch-Douma and the section template. */
class TextMeasuresTest {
  @ParameterizedTest
  @CsvSource({
    "geëmigreerd,4",
    "paspoort,2",
    "huis,1",
    "eeuw,1",
    "gemeente,3",
    "tijd,1",
    "aanvragen,3",
    "België,3",
    "ruïne,3",
    "uitkering,3",
    "kopiëren,4",
    "de,1",
    "14,0"
  })
  void countsDutchSyllables(String word, int syllables) {
    assertThat(DutchSyllables.count(word)).isEqualTo(syllables);
  }

  @Test
  void measuresFleschDoumaAndLongSentences() {
    Readability r =
        ReadabilityMeter.measure(
            List.of(
                "U vraagt een pas aan. Dat kan online.",
                "Wij sturen u binnen vijf werkdagen een brief met het besluit over uw aanvraag en de kosten die u"
                    + " daarvoor moet betalen aan de gemeente."));
    assertThat(r.words()).isEqualTo(33);
    assertThat(r.sentences()).isEqualTo(3);
    assertThat(r.longSentenceShare()).isEqualTo(0.333);
    double expected = 206.84 - 0.77 * (100.0 * r.syllables() / 33) - 0.93 * 11;
    assertThat(r.fleschDouma()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.06));
    assertThat(r.b1()).isFalse(); // a third of the sentences is long
    assertThat(
            ReadabilityMeter.measure(List.of("U vraagt de pas aan. Dat is snel. Het kost niets."))
                .b1())
        .isTrue();
    assertThat(
            ReadabilityMeter.measure(List.of("Bel bijv. de balie. Dat is o.a. handig."))
                .sentences())
        .isEqualTo(2);
  }

  @Test
  void mapsHeadingsToTemplateWithMissingAndOutOfOrder() {
    var main =
        Jsoup.parse(
                "<main><h1>X</h1><h2>Wat kost het?</h2><p>a</p><h2>Omschrijving</h2><p>b</p>"
                    + "<p><strong>Hoe vraag ik het aan?</strong></p><p>c</p><h3>Bezwaar maken</h3><p>d</p></main>")
            .selectFirst("main");
    SectionReport r = new SectionAnalyzer(TemplateSection.defaults()).analyze(Outline.of(main));
    assertThat(r.present())
        .containsExactly("Wat kost het?", "Wat is het?", "Hoe werkt het?", "Bezwaar en beroep");
    assertThat(r.outOfOrder()).containsExactly("Wat kost het?");
    assertThat(r.missing())
        .containsExactly(
            "Voorwaarden", "Wat heb ik nodig?", "Hoe lang duurt het?", "Meer informatie");
    assertThat(r.headings()).contains("Hoe vraag ik het aan?");
  }
}
