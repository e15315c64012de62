package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.crawler.detect.channel.ChannelType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One case per trap in DOMAIN.md. */
class TrapsTest {
  static StubForms stubs;

  @BeforeAll
  static void start() {
    stubs =
        new StubForms()
            .stub("ANY", "/formulieren\\.trapstad\\.nl/weg/.*", 404, 0, "")
            .stub(
                "ANY",
                "/formulieren\\.trapstad\\.nl/login-eerst/.*",
                302,
                0,
                "https://login.trapstad.nl/sso?x=1")
            .stub("ANY", "/login\\.trapstad\\.nl/sso.*", 401, 0, "");
  }

  @AfterAll
  static void stop() {
    stubs.close();
  }

  @Test
  void footerContactFormAndInfoMailAreNobodysChannel() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/parkeren",
            "Parkeervergunning",
            TrapSite.product("<p>Meer informatie volgt.</p>"),
            stubs);
    assertThat(a.isProduct()).isTrue();
    assertThat(a.channels()).isEmpty();
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.NONE);
  }

  @Test
  void digidMentionedWithoutFormIsNoChannel() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/uittreksel",
            "Uittreksel aanvragen",
            TrapSite.product("<p>U heeft DigiD nodig. Wij sturen het uittreksel per post.</p>"),
            stubs);
    assertThat(a.channels()).isEmpty();
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.NONE);
  }

  @Test
  void linkToDigidNlIsNoChannel() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/digid",
            "Inloggen bij de gemeente",
            TrapSite.product(
                "<p>Nog geen DigiD? <a href='https://www.digid.nl/aanvragen-en-activeren/digid-aanvragen'>"
                    + "DigiD aanvragen</a> op digid.nl. <a class='button' href='https://eherkenning.nl/'>Online regelen"
                    + " eHerkenning</a></p>"),
            stubs);
    assertThat(a.channels()).isEmpty();
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.NONE);
  }

  @Test
  void newsItemWithAanvragenIsNoProduct() {
    PageAnalysis a =
        TrapSite.analyze(
            "/nieuws/2024/05/paspoort-aanvragen-drukte",
            "Drukte bij paspoort aanvragen",
            "<p>Nieuwsbericht <time datetime='2024-05-01'>1 mei 2024</time></p><p>Veel mensen willen voor de zomer"
                + " een paspoort aanvragen. Vraag op tijd aan.</p>",
            stubs);
    assertThat(a.isProduct()).isFalse();
  }

  @Test
  void searchResultPageIsNoProduct() {
    PageAnalysis a =
        TrapSite.analyze(
            "/zoeken?q=aanvragen",
            "Zoekresultaten",
            "<ol><li><a href='/producten/paspoort'>Paspoort aanvragen</a> Direct aanvragen bij de balie.</li>"
                + "<li><a href='/producten/parkeren'>Parkeervergunning aanvragen</a></li></ol>",
            stubs);
    assertThat(a.isProduct()).isFalse();
    assertThat(a.channels()).isEmpty();
  }

  @Test
  void formLinkAnswering404IsBroken() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/kapvergunning",
            "Kapvergunning",
            TrapSite.product(
                "<p><a class='button' href='https://formulieren.trapstad.nl/weg/kap/'>Direct aanvragen</a></p>"),
            stubs);
    assertThat(a.channels())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(ChannelType.EFORM_OPEN);
              assertThat(c.check().status()).isEqualTo(404);
              assertThat(c.check().ok()).isFalse();
            });
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.BROKEN);
  }

  @Test
  void redirectToLoginEndingIn4xxIsBroken() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/subsidie",
            "Subsidie aanvragen",
            TrapSite.product(
                "<p>Log in met DigiD. <a href='https://formulieren.trapstad.nl/login-eerst/subsidie/'>"
                    + "Online aanvragen</a></p>"),
            stubs);
    assertThat(a.channels())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(ChannelType.EFORM_DIGID);
              assertThat(c.check().status()).isEqualTo(401);
              assertThat(c.check().finalUrl()).startsWith("https://login.trapstad.nl/sso");
            });
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.BROKEN);
  }

  @Test
  void pdfOnlyIsNotDigital() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/bijstand",
            "Bijzondere bijstand",
            TrapSite.product(
                "<p>Download het <a href='/files/aanvraagformulier-bijstand.pdf'>aanvraagformulier</a>"
                    + " en stuur het op.</p>"),
            stubs);
    assertThat(a.channels()).extracting(Channel::type).containsExactly(ChannelType.PRINT_FORM);
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.NOT_DIGITAL);
  }

  @Test
  void appointmentBookingIsNotDigital() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/paspoort",
            "Paspoort aanvragen",
            TrapSite.product(
                "<p><a href='https://trapstad.mijnafspraakmaken.nl/'>Online afspraak maken</a></p>"),
            stubs);
    assertThat(a.channels())
        .extracting(Channel::type)
        .containsExactly(ChannelType.APPOINTMENT_PHONE_VISIT);
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.NOT_DIGITAL);
  }

  @Test
  void omgevingsloketIsDigitalNationalPortal() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/bouwen",
            "Omgevingsvergunning",
            TrapSite.product(
                "<p>Vraag de vergunning aan in het <a href='https://www.omgevingsloket.nl/'>Omgevingsloket"
                    + "</a>.</p>"),
            stubs);
    assertThat(a.channels()).extracting(Channel::type).containsExactly(ChannelType.NATIONAL_PORTAL);
    assertThat(a.channels().get(0).section()).isEqualTo("Aanvragen");
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.DIGITAL);
  }
}
