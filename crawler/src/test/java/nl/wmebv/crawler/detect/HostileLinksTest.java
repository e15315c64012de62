package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A hostile or broken page cannot make a channel of a script address: only http, https, mailto and
 * tel targets become channels, and an Open Formulieren embed must name an http(s) form platform.
 */
class HostileLinksTest {
  private static final String PAGE =
      """
      <html><head><title>Parkeervergunning aanvragen</title></head><body><main>
      <h1>Parkeervergunning aanvragen</h1>
      <p>Vraag uw parkeervergunning online aan. U logt in met DigiD.</p>
      <h2>Aanvragen</h2>
      <p><a class="button" href="javascript:alert(document.cookie)">Parkeervergunning aanvragen met DigiD</a></p>
      <p><a class="button" href="  JaVaScRiPt:alert(1)">Direct online regelen</a></p>
      <p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Online formulier</a></p>
      <div id="openforms-container" data-form-id="parkeren" data-base-url="javascript:alert(2)//"></div>
      <p>Bellen kan ook: <a href="tel:14038">14 038</a>.</p>
      </main></body></html>""";

  @Test
  void scriptAndDataAddressesAreNoChannels() {
    String url = "https://www.gemeente.nl/parkeervergunning-aanvragen";
    SiteAnalyzer analyzer =
        new SiteAnalyzer(AnalysisConfig.defaults().withChecks(false, null).withWarmUpPages(1));
    List<PageAnalysis> out = new ArrayList<>();
    analyzer.analyze(URI.create(url), Jsoup.parse(PAGE, url), out::add);
    analyzer.flush();

    assertThat(out).hasSize(1);
    assertThat(out.get(0).channels())
        .isNotEmpty()
        .allSatisfy(
            c -> assertThat(c.target()).as(c.toString()).matches("(?i)(https?|mailto|tel):.*"));
  }
}
