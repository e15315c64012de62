package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.crawl;
import static nl.wmebv.crawler.TestCrawls.links;
import static nl.wmebv.crawler.TestCrawls.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.wmebv.crawler.detect.PageAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorsCrawlTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private void status(String path, int status) {
    wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(status).withBody("nope")));
  }

  private void redirect(String from, String to) {
    wm.stubFor(
        get(urlEqualTo(from)).willReturn(aResponse().withStatus(302).withHeader("Location", to)));
  }

  @Test
  void everyErrorIsRecordedAndTheCrawlGoesOn() {
    page(
        wm,
        "/",
        "Home",
        links(
            "/weg",
            "/kapot",
            "/traag",
            "/groot",
            "/lus",
            "/reset",
            "/oud",
            "/elders",
            "/data.json",
            "/formulieren/aanvraag.pdf",
            "/ok"));
    status("/weg", 404);
    status("/kapot", 500);
    wm.stubFor(
        get(urlEqualTo("/traag")).willReturn(aResponse().withStatus(200).withFixedDelay(1500)));
    wm.stubFor(
        get(urlEqualTo("/groot"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<p>" + "x".repeat(20_000))));
    redirect("/lus", "/lus2");
    redirect("/lus2", "/lus");
    wm.stubFor(
        get(urlEqualTo("/reset"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    redirect("/oud", "/ok"); // target also linked: fetched once only
    redirect("/elders", "https://formulieren.elders.example/start");
    wm.stubFor(
        get(urlEqualTo("/data.json"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{}")));
    page(wm, "/ok", "OK", "<b>unclosed <i>tags <table><td>malformed");

    var c =
        crawl(
            TestCrawls.config(wm.baseUrl())
                .requestTimeout(Duration.ofMillis(700))
                .maxBytesPerPage(10_000)
                .build());
    var byPath = c.byPath();
    assertThat(byPath.get("/weg").error()).isEqualTo("HTTP 404");
    assertThat(byPath.get("/weg").status()).isEqualTo(404);
    assertThat(byPath.get("/kapot").error()).isEqualTo("HTTP 500");
    assertThat(byPath.get("/traag").error()).startsWith("timeout");
    assertThat(byPath.get("/groot").error()).isEqualTo("body larger than 10000 bytes");
    assertThat(byPath.get("/groot").contentType()).isEqualTo("text/html");
    assertThat(byPath.get("/lus").error()).startsWith("redirect loop");
    assertThat(byPath.get("/reset").error()).isNotBlank();
    assertThat(byPath.get("/ok").title()).isEqualTo("OK");
    assertThat(byPath.get("/elders").status()).isEqualTo(302);
    assertThat(byPath.get("/elders").finalUrl())
        .isEqualTo("https://formulieren.elders.example/start");
    assertThat(byPath.get("/elders").error()).isNull();
    assertThat(byPath.get("/data.json").contentType()).isEqualTo("application/json");
    assertThat(byPath.get("/data.json").error()).isNull();
    assertThat(byPath.get("/").documentLinks())
        .containsExactly(wm.baseUrl() + "/formulieren/aanvraag.pdf");
    assertThat(byPath).doesNotContainKey("/formulieren/aanvraag.pdf");
    wm.verify(0, getRequestedFor(urlEqualTo("/formulieren/aanvraag.pdf")));
    wm.verify(1, getRequestedFor(urlEqualTo("/ok")));
    var oud = byPath.get("/oud");
    assertThat(oud.error()).isNull();
    assertThat(oud.status() == 200 || oud.status() == 302).isTrue();
    assertThat(oud.finalUrl()).isEqualTo(wm.baseUrl() + "/ok");
    assertThat(c.pages.stream().filter(p -> p.error() != null)).hasSize(6);
    assertThat(c.pages).noneMatch(PageRecord::skipped);
  }

  @Test
  void whenTheBaseUrlRedirectsToAnotherHostThatHostIsCrawled() {
    String otherHost = "http://127.0.0.1:" + wm.getPort();
    wm.stubFor(
        get(urlEqualTo("/"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", otherHost + "/start")));
    page(wm, "/start", "Start", links("/a", "http://localhost:" + wm.getPort() + "/niet-meer"));
    page(wm, "/a", "A", "");
    var c = crawl(TestCrawls.config(wm.baseUrl()).build()); // base is http://localhost:port
    assertThat(c.pages)
        .extracting(PageRecord::finalUrl)
        .containsExactlyInAnyOrder(
            otherHost + "/start", otherHost + "/a", wm.baseUrl() + "/niet-meer");
  }

  @Test
  void privateAddressIsRefusedWhenNotAllowed() {
    page(wm, "/", "Home", "");
    TestCrawls.Collector c = new TestCrawls.Collector();
    CrawlSummary summary =
        new Crawler(
                TestCrawls.config(wm.baseUrl()).allowPrivateAddresses(false).build(),
                PageAnalyzer.NONE)
            .run(c, null);
    assertThat(c.pages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.error()).startsWith("refused:");
              assertThat(p.status()).isZero();
              assertThat(p.skipped()).as("refused on purpose, not broken").isTrue();
            });
    assertThat(summary.errors()).isZero();
    assertThat(summary.skipped()).isEqualTo(1);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void latin1PagesKeepTheirAccents() {
    byte[] latin1 =
        "<html><head><title>Privé één</title></head><body>Curaçao</body></html>"
            .getBytes(StandardCharsets.ISO_8859_1);
    wm.stubFor(
        get(urlEqualTo("/"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=ISO-8859-1")
                    .withBody(latin1)));
    wm.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
    var c = crawl(TestCrawls.config(wm.baseUrl()).build());
    assertThat(c.byPath().get("/").title()).isEqualTo("Privé één");
  }
}
