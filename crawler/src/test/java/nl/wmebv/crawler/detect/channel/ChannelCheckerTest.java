package nl.wmebv.crawler.detect.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.StubForms;
import nl.wmebv.crawler.detect.TrapSite;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HEAD then GET, redirects, timeouts, the per-crawl cache and the private-address guard. */
class ChannelCheckerTest {
  final StubForms stubs = new StubForms();
  final AnalysisConfig config =
      AnalysisConfig.defaults()
          .withChecks(true, Duration.ofMillis(1500))
          .withAllowPrivateAddresses(true);
  final ChannelChecker checker = new ChannelChecker(config, stubs::route);

  @AfterEach
  void stop() {
    stubs.close();
  }

  @Test
  void fallsBackToGetWhenHeadIsRefused() {
    stubs.stub("HEAD", "/f\\.nl/a.*", 405, 0, "").stub("GET", "/f\\.nl/a.*", 200, 0, "");
    ChannelCheck c = checker.check("https://f.nl/a");
    assertThat(c.ok()).isTrue();
    assertThat(c.status()).isEqualTo(200);
    assertThat(c.error()).isNull();
  }

  @Test
  void followsRedirectsWithinLimitAndReportsFinalUrl() {
    stubs.stub("ANY", "/f\\.nl/old.*", 301, 0, "https://g.nl/new");
    ChannelCheck c = checker.check("https://f.nl/old");
    assertThat(c.ok()).isTrue();
    assertThat(c.finalUrl()).isEqualTo("https://g.nl/new");
    stubs.stub("ANY", "/f\\.nl/loop.*", 302, 0, "https://f.nl/loop");
    ChannelCheck loop = checker.check("https://f.nl/loop");
    assertThat(loop.ok()).isFalse();
    assertThat(loop.error()).contains("redirects");
  }

  @Test
  void timeoutAndServerErrorAreBroken() {
    stubs.stub("ANY", "/f\\.nl/slow.*", 200, 4000, "").stub("ANY", "/f\\.nl/err.*", 503, 0, "");
    ChannelCheck slow = checker.check("https://f.nl/slow");
    assertThat(slow.ok()).isFalse();
    assertThat(slow.status()).isZero();
    assertThat(slow.error()).contains("timeout");
    assertThat(checker.check("https://f.nl/err").status()).isEqualTo(503);
  }

  @Test
  void aTargetThatTricklesItsBodyIsBrokenAtTheDeadlineNotWhenItEnds() {
    // HEAD refused, then a GET whose 20 000-byte body arrives over 20 s: the deadline covers the
    // whole exchange
    stubs.server.stubFor(
        head(urlMatching("/f\\.nl/drip.*")).atPriority(1).willReturn(aResponse().withStatus(405)));
    stubs.server.stubFor(
        get(urlMatching("/f\\.nl/drip.*"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("x".repeat(20_000))
                    .withChunkedDribbleDelay(200, 20_000)));
    long start = System.nanoTime();
    ChannelCheck c = checker.check("https://f.nl/drip");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(c.ok()).isFalse();
    assertThat(c.reason()).startsWith("Geen antwoord binnen");
    assertThat(millis).as("the check does not wait for the body").isLessThan(5_000);
  }

  @Test
  void checksTheSameTargetOnce() {
    for (int i = 0; i < 10; i++) {
      assertThat(checker.check("https://f.nl/form#top").ok()).isTrue();
    }
    assertThat(stubs.server.findAll(anyRequestedFor(urlMatching("/f\\.nl/form.*")))).hasSize(1);
  }

  @Test
  void refusesPrivateAddressesUnlessAllowed() {
    ChannelChecker strict = new ChannelChecker(config.withAllowPrivateAddresses(false));
    ChannelCheck c = strict.check("http://127.0.0.1:" + stubs.server.port() + "/x");
    assertThat(c.ok()).isFalse();
    assertThat(c.error()).contains("refused");
    assertThat(stubs.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void emailAndOnPageFormsAreNotRequestedAndChecksOffMeansNoNetwork() {
    Channel mail =
        new Channel(
            ChannelType.EMAIL,
            "mailto:a@b.nl",
            "a@b.nl",
            null,
            "mailto: link",
            ChannelDetector.notRequested("mailto:a@b.nl"));
    assertThat(checker.check(mail).check())
        .isEqualTo(new ChannelCheck(true, 0, "mailto:a@b.nl", 0, null));
    PageAnalysis a =
        TrapSite.analyze(
            "/producten/x",
            "Vergunning aanvragen",
            TrapSite.product(
                "<p><a class='button' href='http://localhost:"
                    + stubs.server.port()
                    + "/form/x'>Direct aanvragen</a></p>"),
            null);
    assertThat(a.channels()).singleElement().satisfies(ch -> assertThat(ch.check()).isNull());
    assertThat(a.channelStatus()).isEqualTo(ChannelStatus.DIGITAL);
    assertThat(stubs.server.getAllServeEvents()).isEmpty();
  }
}
