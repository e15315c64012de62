package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The municipality's form hosts, learned from visits (or given from the SC feed): a failing link to
 * one is a broken form whatever its wording, while a failing link elsewhere stays no channel.
 */
class FormHostsTest {
  private final StubForms stubs =
      new StubForms()
          .stub(
              "ANY",
              "/loket.trapstad.nl/aanvraag/verhuizing.*",
              302,
              0,
              "https://digid.nl/inloggen?x=1")
          .stub("ANY", "/loket.trapstad.nl/aanvraag/parkeren.*", 404, 0, "")
          .stub("ANY", "/www.regio.nl/.*", 404, 0, "");

  @AfterEach
  void stop() {
    stubs.close();
  }

  @Test
  void aFailingLinkToALearnedFormHostIsABrokenForm() {
    PageAnalysis parking =
        analyse(
            List.of(),
            "/verhuizing",
            "Verhuizing doorgeven",
            "<p><a href='https://loket.trapstad.nl/aanvraag/verhuizing'>Verhuizing doorgeven</a></p>",
            "/parkeren",
            "Parkeervergunning",
            "<p><a href='https://loket.trapstad.nl/aanvraag/parkeren'>Parkeren"
                + " bij u in de straat</a></p>");
    assertThat(parking.channelStatus()).isEqualTo(ChannelStatus.BROKEN);
    assertThat(parking.channels()).anySatisfy(c -> assertThat(c.rule()).contains("form host"));
  }

  @Test
  void aFailingLinkElsewhereIsNoChannel() {
    PageAnalysis regio =
        analyse(
            List.of(),
            "/verhuizing",
            "Verhuizing doorgeven",
            "<p><a href='https://loket.trapstad.nl/aanvraag/verhuizing'>Verhuizing doorgeven</a></p>",
            "/parkeren",
            "Parkeervergunning",
            "<p><a href='https://www.regio.nl/parkeren'>Parkeren in de regio</a></p>");
    assertThat(regio.channels()).noneSatisfy(c -> assertThat(c.target()).contains("regio.nl"));
  }

  @Test
  void theFeedsFormHostsCountBeforeAnyVisit() {
    PageAnalysis parking =
        analyse(
            List.of("loket.trapstad.nl"),
            "/parkeren",
            "Parkeervergunning",
            "<p><a href='https://loket.trapstad.nl/aanvraag/parkeren'>Parkeren bij u in de straat</a></p>",
            null,
            null,
            null);
    assertThat(parking.channelStatus()).isEqualTo(ChannelStatus.BROKEN);
  }

  /**
   * Analyses the first page, then the second with the same analyzer (null: only the first); returns
   * the last.
   */
  private PageAnalysis analyse(
      List<String> feedHosts,
      String path1,
      String title1,
      String howTo1,
      String path2,
      String title2,
      String howTo2) {
    AnalysisConfig config =
        AnalysisConfig.defaults()
            .withChecks(true, Duration.ofSeconds(2))
            .withAllowPrivateAddresses(true);
    ChannelChecker checker = new ChannelChecker(config, stubs::route);
    checker.knowFormHosts(Set.copyOf(feedHosts));
    SiteAnalyzer analyzer = new SiteAnalyzer(config, checker);
    // three ordinary pages first, so the site's chrome (footer contact form and mailto) is learned
    for (int i = 0; i < 3; i++) {
      String url = TrapSite.HOST + "/info/pagina-" + i;
      analyzer.analyze(
          URI.create(url),
          Jsoup.parse(TrapSite.page("Info " + i, "<p>Tekst " + i + ".</p>"), url),
          a -> {});
    }
    List<PageAnalysis> out = new ArrayList<>();
    analyzer.analyze(
        URI.create(TrapSite.HOST + path1),
        Jsoup.parse(TrapSite.page(title1, TrapSite.product(howTo1)), TrapSite.HOST + path1),
        out::add);
    if (path2 != null) {
      analyzer.analyze(
          URI.create(TrapSite.HOST + path2),
          Jsoup.parse(TrapSite.page(title2, TrapSite.product(howTo2)), TrapSite.HOST + path2),
          out::add);
    }
    analyzer.flush();
    return out.get(out.size() - 1);
  }
}
