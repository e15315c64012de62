package nl.wmebv.crawler.detect.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlSignalsTest {

  @ParameterizedTest(name = "{0} home={1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      https://g.nl/                              | true
      https://g.nl/index.php                     | true
      https://g.nl/?                             | true
      https://g.nl/Default.aspx                  | true
      https://g.nl/index.php?id=300              | false
      https://g.nl/?page_id=12                   | false
      https://g.nl/index.php?pagina=product&id=7 | false
      https://g.nl/paspoort                      | false
      """)
  void theQueryPicksAPageThatIsNoHomePage(String url, boolean home) {
    assertThat(UrlSignals.isHome(URI.create(url))).isEqualTo(home);
  }

  private static ProductDetector.Decision decide(String url) {
    String html =
        "<html><head><title>Bezwaar maken</title></head><body><main><h1>Bezwaar maken</h1>"
            + "<h2>Wat is het?</h2><p>Bent u het niet eens met een besluit?</p><h2>Voorwaarden</h2><p>Binnen 6 weken.</p>"
            + "<h2>Aanvragen</h2><p>Dien uw bezwaar in.</p></main></body></html>";
    Document doc = Jsoup.parse(html, url);
    return new ProductDetector(AnalysisConfig.defaults())
        .decide(URI.create(url), doc, doc.selectFirst("main"), 3);
  }

  @Test
  void aNonProductPathWordIsAHintNotAVeto() {
    // real site: "Bezwaar maken" under /Contact/; the old rule vetoed it as "url:/contact"
    ProductDetector.Decision d = decide("https://g.nl/Contact/bezwaar-maken");
    assertThat(d.product()).as(d.reason()).isNotNull();
    assertThat(d.reason()).contains("url:/contact(-1)");
  }

  @Test
  void aDateInThePathIsAHintNotAVeto() {
    ProductDetector.Decision d = decide("https://g.nl/regelingen/2026/11/bezwaar-maken");
    assertThat(d.product()).as(d.reason()).isNotNull();
    assertThat(d.reason()).contains("url:date(-1)");
  }

  @Test
  void aQueryRoutedProductPageIsNoHomePage() {
    ProductDetector.Decision d = decide("https://g.nl/index.php?pagina=product&id=7");
    assertThat(d.product()).as(d.reason()).isNotNull();
    assertThat(decide("https://g.nl/index.php").reason()).isEqualTo("home page");
  }
}
