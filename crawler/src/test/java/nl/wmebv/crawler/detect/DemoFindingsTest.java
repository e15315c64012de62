package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelCheck;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.crawler.detect.channel.ChannelType;
import nl.wmebv.crawler.detect.channel.ChannelVerdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that scoring the independently labelled demo site showed were missing, one case each.
 */
class DemoFindingsTest {
  static StubForms stubs;

  @BeforeAll
  static void start() {
    stubs =
        new StubForms()
            .stub("ANY", "/www\\.omgevingsloket\\.nl/verkeerde-link.*", 404, 0, "")
            .stub("ANY", "/www\\.trapstad\\.nl/formulieren/hondenbelasting/.*", 200, 0, "");
  }

  @AfterAll
  static void stop() {
    stubs.close();
  }

  @Test
  void anUnreachableNationalPortalStillCountsAsDigital() {
    Channel portal =
        new Channel(
            ChannelType.NATIONAL_PORTAL,
            "https://www.omgevingsloket.nl/",
            "Omgevingsloket",
            "Aanvragen",
            "national portal",
            new ChannelCheck(false, 0, "https://www.omgevingsloket.nl/", 10, "unknown host"));
    assertThat(ChannelVerdict.of(List.of(portal))).isEqualTo(ChannelStatus.DIGITAL);
  }

  @Test
  void aNationalPortalLinkThatAnswersAnHttpErrorIsBroken() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/slopen",
            "Sloopmelding",
            TrapSite.product(
                "<p>Doe de melding in het <a href='https://www.omgevingsloket.nl/verkeerde-link'>"
                    + "Omgevingsloket</a>.</p>"),
            stubs);
    assertThat(a.channels()).extracting(Channel::type).containsExactly(ChannelType.NATIONAL_PORTAL);
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.BROKEN);
  }

  @Test
  void aPlaceNamedInTheTextIsNoVisitChannel() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/starten",
            "Starten met een bedrijf",
            TrapSite.product(
                "<p>Het ondernemersloket organiseert elke maand een startersavond in het stadhuis.</p>"),
            stubs);
    assertThat(a.channels()).isEmpty();
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.NONE);
  }

  @Test
  void anOnSiteFormulierenPathWithADigidLogoIsADigidForm() {
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/hondenbelasting",
            "Hondenbelasting",
            TrapSite.product(
                "<p>Inloggen met DigiD</p><p><img src='/img/digid.svg' alt='DigiD'> <a class='button'"
                    + " href='/formulieren/hondenbelasting/'>Hond aan- of afmelden</a></p>"),
            stubs);
    assertThat(a.channels())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(ChannelType.EFORM_DIGID);
              assertThat(c.rule()).contains("/formulieren/hondenbelasting/");
            });
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.DIGITAL);
  }
}
