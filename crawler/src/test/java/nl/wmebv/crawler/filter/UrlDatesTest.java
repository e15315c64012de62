package nl.wmebv.crawler.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      https://g.nl/agenda?maand=2026-11                 | g.nl/agenda?maand={date}
      https://g.nl/agenda/2026/11                       | g.nl/agenda/{date}
      https://g.nl/agenda/2026/11/03/markt              | g.nl/agenda/{date}/markt
      https://g.nl/agenda/202611                        | g.nl/agenda/{date}
      https://g.nl/agenda?maand=11&jaar=2026&view=lijst | g.nl/agenda?maand={date}&jaar={date}&view=lijst
      https://g.nl/kalender?datum=03-11-2026            | g.nl/kalender?datum={date}
      https://g.nl/kalender?date=2026%2F11%2F03         | g.nl/kalender?date={date}
      https://g.nl/?m=202611                            | g.nl/?m={date}
      https://g.nl/nieuws?week=2026-W45                 | g.nl/nieuws?week={date}
      """)
  void findsTheDatesAndThePatternTheyRepeat(String url, String pattern) {
    assertThat(UrlDates.of(URI.create(url)))
        .get()
        .extracting(UrlDates.Found::pattern)
        .isEqualTo(pattern);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://g.nl/index.php?id=2026",
        "https://g.nl/index.php?id=202611",
        "https://g.nl/?page_id=1999",
        "https://g.nl/producten/paspoort-2026",
        "https://g.nl/lijst?m=5&page=11",
        "https://g.nl/p?versie=3.11",
        "https://g.nl/index.php?pagina=product&id=12"
      })
  void numbersThatAreOnlyNumbersAreNoDates(String url) {
    assertThat(UrlDates.of(URI.create(url))).isEmpty();
  }
}
