package nl.wmebv.crawler.detect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelCheck;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.crawler.detect.channel.ChannelType;
import nl.wmebv.crawler.detect.channel.TargetKind;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Channels verified by visiting them: a product page's action link that no rule knows becomes a
 * channel only when its target turns out to be a login gate, a web form or an appointment system,
 * and the evidence says what it was in Dutch; a calculator behind an "aanvragen"-looking button is
 * no channel. Targets are WireMock pages modelled on real platforms (a DigiD redirect, an Open
 * Formulieren embed, an eHerkenning login page, a sneltoets).
 */
class ChannelVisitTest {
  private final StubForms stubs = new StubForms();
  private final AnalysisConfig config =
      AnalysisConfig.defaults()
          .withChecks(true, Duration.ofMillis(1500))
          .withAllowPrivateAddresses(true)
          .withWarmUpPages(1);

  @AfterEach
  void stop() {
    stubs.close();
  }

  @Test
  void theProductNameAsLinkTextLeadingToDigidIsADigidForm() {
    stubs.stub(
        "ANY",
        "/mijn\\.dalenburg\\.nl/verhuizen.*",
        302,
        0,
        "https://digid.nl/inloggen?SAMLRequest=abc");
    PageAnalysis a =
        analyze(
            "Verhuizing doorgeven",
            """
        <p>Gaat u verhuizen? Geef uw nieuwe adres door.</p>
        <p><a href="https://mijn.dalenburg.nl/verhuizen"><span class="sr-only">DigiD link</span>Verhuizing doorgeven</a></p>""");
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.DIGITAL);
    Channel c = only(a, ChannelType.EFORM_DIGID);
    assertThat(c.check().found()).isEqualTo(TargetKind.LOGIN_DIGID);
    assertThat(c.check().reason()).isEqualTo("Doorverwijzing naar de inlogpagina van DigiD");
  }

  @Test
  void anOpenFormulierenPageBehindAnUnknownLinkIsAWebForm() {
    page(
        "/formulieren\\.dalenburg\\.nl/wmo.*",
        """
        <html><head><title>Wmo-melding</title></head><body>
        <div id="openforms-container" data-base-url="https://formulieren.dalenburg.nl/api/v2/" data-form-id="wmo">
        </div><script src="https://formulieren.dalenburg.nl/static/sdk/open-forms-sdk.js"></script></body></html>""");
    PageAnalysis a =
        analyze(
            "Wmo-melding",
            """
        <p>Heeft u hulp nodig in het huishouden? Doe een Wmo-melding.</p>
        <p><a href="https://formulieren.dalenburg.nl/wmo">Wmo meldformulier</a></p>""");
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.DIGITAL);
    assertThat(a.channels())
        .anySatisfy(c -> assertThat(c.check().found()).isEqualTo(TargetKind.WEB_FORM));
  }

  @Test
  void anEherkenningLoginPageIsAnEherkenningForm() {
    page(
        "/ondernemersloket\\.dalenburg\\.nl/.*",
        """
        <html><head><title>Inloggen</title></head><body><h1>Inloggen</h1>
        <a class="btn" href="/saml/eherkenning/login">Inloggen met eHerkenning</a></body></html>""");
    PageAnalysis a =
        analyze(
            "Standplaatsvergunning",
            """
        <p>Wilt u op de markt staan? Vraag een standplaatsvergunning aan.</p>
        <p><a href="https://ondernemersloket.dalenburg.nl/standplaats">Direct online indienen</a></p>""");
    assertThat(only(a, ChannelType.EFORM_EHERKENNING).check().found())
        .isEqualTo(TargetKind.LOGIN_EHERKENNING);
  }

  @Test
  void aSneltoetsBehindAStartButtonIsNoChannelAndAnInfoPageIsNone() {
    page(
        "/www\\.dalenburg\\.nl/sneltoets.*",
        """
        <html><head><title>Sneltoets: heeft u een vergunning nodig?</title></head><body><h1>Sneltoets</h1>
        <form><input type="radio" name="a"><input type="radio" name="b"><button>Volgende</button></form></body></html>""");
    page(
        "/www\\.dalenburg\\.nl/meer-over-kappen.*",
        """
        <html><head><title>Meer over kappen</title></head><body><h1>Bomen kappen</h1><p>Uitleg.</p></body></html>""");
    PageAnalysis a =
        analyze(
            "Kapvergunning",
            """
        <p>Wilt u een boom kappen? Kijk eerst of u een vergunning nodig heeft.</p>
        <p><a class="button" href="https://www.dalenburg.nl/sneltoets">Start</a></p>
        <p><a href="https://www.dalenburg.nl/meer-over-kappen">Meer over kappen online</a></p>""");
    assertThat(a.channels()).as("a calculator and an information page are no channel").isEmpty();
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.NONE);
  }

  @Test
  void informationDesksAndTheOmgevingsloketsCheckAreNoChannelsButItsApplicationRouteIs() {
    PageAnalysis a =
        analyze(
            "Omgevingsvergunning",
            """
        <p>Hulp nodig? <a href="https://www.juridischloket.nl/">Het Juridisch Loket</a> of
        <a href="https://www.regionaalenergieloket.nl/dalenburg">het Regionaal Energieloket</a>.</p>
        <p><a href="https://omgevingswet.overheid.nl/checken">Doe de Vergunningcheck</a></p>
        <p><a class="button" href="https://omgevingswet.overheid.nl/aanvragen">Vraag de vergunning aan</a></p>""");
    assertThat(a.channels())
        .extracting(Channel::target)
        .containsExactly("https://omgevingswet.overheid.nl/aanvragen");
    assertThat(a.channels().get(0).type()).isEqualTo(ChannelType.NATIONAL_PORTAL);
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.DIGITAL);
  }

  @Test
  void aButtonInASideColumnOutsideMainBelongsToTheProduct() {
    String url = "https://www.dalenburg.nl/producten/rijbewijs-verlengen";
    String html =
        """
        <html><head><title>Rijbewijs verlengen</title></head><body><header><a href="/">Home</a></header>
        <div class="layout"><main><h1>Rijbewijs verlengen</h1><p>Is uw rijbewijs bijna verlopen? Verleng het op tijd.</p>
        <h2>Wat kost het?</h2><p>€ 41,20.</p><h2>Hoe lang duurt het?</h2><p>Vijf werkdagen.</p>
        <h2>Voorwaarden</h2><p>U woont in de gemeente.</p></main>
        <aside class="direct-regelen"><h2>Direct regelen</h2>
        <a class="button" href="https://loket.dalenburg.nl/rijbewijs">Rijbewijs verlengen met DigiD</a></aside>
        </div><footer>Gemeente Dalenburg</footer></body></html>""";
    SiteAnalyzer analyzer = new SiteAnalyzer(config, new ChannelChecker(config, stubs::route));
    List<PageAnalysis> out = new ArrayList<>();
    analyzer.analyze(URI.create(url), Jsoup.parse(html, url), out::add);
    analyzer.flush();
    assertThat(out.get(0).isProduct()).isTrue();
    assertThat(out.get(0).channels())
        .extracting(Channel::target)
        .contains("https://loket.dalenburg.nl/rijbewijs");
    assertThat(out.get(0).channelStatus()).isEqualTo(ChannelStatus.DIGITAL);
  }

  @Test
  void loginLinksOnAProductTextLeadToTheChannelWhileAShortLoginPageIsTheChannel() {
    // De Bilt's real "Hoe vraagt u leerlingenvervoer aan?": two "Inloggen met ..." links around a
    // product text
    page(
        "/www\\.dalenburg\\.nl/formulieren/.*",
        """
        <html><head><title>Formulier</title></head><body><div id="openforms-container"
        data-base-url="https://www.dalenburg.nl/api/v2/" data-form-id="f"></div></body></html>""");
    String text =
        "<p>"
            + "U vraagt leerlingenvervoer aan voor het nieuwe schooljaar voor uw kind. ".repeat(9)
            + "</p>";
    PageAnalysis product =
        analyzeAt(
            "https://www.dalenburg.nl/onderwijs/hoe-vraagt-u-leerlingenvervoer-aan",
            """
        <main><h1>Hoe vraagt u leerlingenvervoer aan?</h1>%s
        <p><a href="https://www.dalenburg.nl/formulieren/leerlingenvervoer-digid">Inloggen met DigiD Aanvragen
        particulier</a></p><h2>Nodig</h2><p>Een verklaring van de school.</p></main>"""
                .formatted(text));
    assertThat(product.isProduct()).as(product.toString()).isTrue();
    assertThat(product.channelStatus()).isEqualTo(ChannelStatus.DIGITAL);
    PageAnalysis gate =
        analyzeAt(
            "https://www.dalenburg.nl/loket/start",
            """
        <main><h1>Inloggen</h1><p><a href="https://www.dalenburg.nl/formulieren/loket-digid">Inloggen met
        DigiD</a></p></main>""");
    assertThat(gate.isProduct()).as(gate.toString()).isFalse();
  }

  @Test
  void aNationalPortalLinkWhoseVisitEndsAtALoginIsWhereTheMessageStarts() {
    // De Bilt's real "Boom kappen": one heading, the Omgevingsloket as its only channel
    stubs.stub(
        "ANY", "/www\\.omgevingsloket\\.nl/.*", 302, 0, "https://digid.nl/inloggen?SAMLRequest=x");
    PageAnalysis a =
        analyzeAt(
            "https://www.dalenburg.nl/bouwen-en-wonen/boom-kappen/",
            """
        <main><h1>Boom kappen</h1><p>Wanneer u een boom wilt kappen, heeft u soms geen vergunning nodig.</p>
        <h2>Wat u moet weten</h2><p>Op <a href="https://www.omgevingsloket.nl/">Omgevingsloket online</a> kunt u
        de vergunningencheck doen, ook kunt u hier uw vergunningsaanvraag indienen.</p></main>""");
    assertThat(a.isProduct()).as(a.toString()).isTrue();
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.DIGITAL);
  }

  @Test
  void aLoopAHugePageAndASilentTargetAreRecordedWithTheirDutchReasonAndStopNothing() {
    stubs.stub("ANY", "/lus\\.dalenburg\\.nl/.*", 302, 0, "https://lus.dalenburg.nl/a");
    stubs.server.stubFor(
        get(urlMatching("/groot\\.dalenburg\\.nl/.*"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<p>" + "x".repeat(2_000_000))));
    stubs.stub("ANY", "/stil\\.dalenburg\\.nl/.*", 200, 5000, "");
    ChannelChecker checker = new ChannelChecker(config, stubs::route);
    long start = System.nanoTime();
    assertThat(checker.check("https://lus.dalenburg.nl/a").reason())
        .isEqualTo("Doorverwijzingslus");
    assertThat(checker.check("https://groot.dalenburg.nl/x").reason())
        .isEqualTo("Pagina te groot om te beoordelen");
    ChannelCheck silent = checker.check("https://stil.dalenburg.nl/x");
    assertThat(silent.ok()).isFalse();
    assertThat(silent.reason()).isEqualTo("Geen antwoord binnen 1 s");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(6_000);
  }

  @Test
  void aPrivateAddressIsRefusedUnlessTheSiteIsOnOne() {
    ChannelChecker publicOnly =
        new ChannelChecker(AnalysisConfig.defaults().withChecks(true, Duration.ofMillis(1500)));
    ChannelCheck refused = publicOnly.check("http://10.1.2.3/form");
    assertThat(refused.ok()).isFalse();
    assertThat(refused.reason()).isEqualTo("Intern adres geweigerd");
  }

  private void page(String routedRegex, String html) {
    stubs.server.stubFor(
        get(urlMatching(routedRegex))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(html)));
  }

  private PageAnalysis analyze(String product, String content) {
    String url = "https://www.dalenburg.nl/producten/" + product.toLowerCase().replace(' ', '-');
    String html =
        """
        <html><head><title>%s - Gemeente Dalenburg</title></head><body><main><h1>%s</h1>%s
        <h2>Wat kost het?</h2><p>Het kost niets.</p><h2>Hoe lang duurt het?</h2><p>Twee weken.</p>
        <h2>Voorwaarden</h2><p>U woont in de gemeente.</p></main></body></html>"""
            .formatted(product, product, content);
    SiteAnalyzer analyzer = new SiteAnalyzer(config, new ChannelChecker(config, stubs::route));
    List<PageAnalysis> out = new ArrayList<>();
    analyzer.analyze(URI.create(url), Jsoup.parse(html, url), out::add);
    analyzer.flush();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).isProduct()).as("the test page is a product page").isTrue();
    return out.get(0);
  }

  private PageAnalysis analyzeAt(String url, String main) {
    String html =
        "<html><head><title>Gemeente Dalenburg</title></head><body>" + main + "</body></html>";
    SiteAnalyzer analyzer = new SiteAnalyzer(config, new ChannelChecker(config, stubs::route));
    List<PageAnalysis> out = new ArrayList<>();
    analyzer.analyze(URI.create(url), Jsoup.parse(html, url), out::add);
    analyzer.flush();
    return out.get(0);
  }

  private static Channel only(PageAnalysis a, ChannelType type) {
    List<Channel> of = a.channels().stream().filter(c -> c.type() == type).toList();
    assertThat(of).as(a.channels().toString()).hasSize(1);
    return of.get(0);
  }
}
