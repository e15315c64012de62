package nl.wmebv.service.resources.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.Http;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The crawl page lists the URLs a crawl failed or skipped with the Dutch reason, and three crawls
 * of the same unchanged site count alike (a small WireMock site: a 404, a 500, a robots.txt
 * Disallow, ETags for 304s).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CrawlProblemsTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final WireMockServer SITE =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "0",
          "crawler.allowPrivateAddresses",
          "true",
          "crawler.checkChannels",
          "false",
          "scheduler.enabled",
          "false");

  private static long siteId;
  private static Http http;
  private static WebPageClient web;

  @BeforeAll
  static void setUp() {
    SITE.start();
    SITE.stubFor(
        get(urlEqualTo("/robots.txt"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/plain")
                    .withBody("User-agent: *\nDisallow: /mijn/\n")));
    page(
        "/",
        "Gemeente Proefdorp",
        "/producten/paspoort",
        "/producten/oud",
        "/loket/kapot",
        "/mijn/zaken");
    page("/producten/paspoort", "Paspoort aanvragen");
    SITE.stubFor(
        get(urlEqualTo("/producten/oud"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><title>Niet gevonden</title></html>")));
    SITE.stubFor(
        get(urlEqualTo("/loket/kapot"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><title>Storing</title></html>")));
    siteId =
        new MunicipalityService(DB.jdbi())
            .create("Proefdorp", SITE.baseUrl() + "/")
            .sites()
            .get(0)
            .id();
    TestUsers.create(DB.jdbi(), "kijker", Role.VIEWER);
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    http = new Http(APP.getLocalPort(), "redacteur");
    web = new WebPageClient(APP.getLocalPort());
  }

  /** An HTML page with an ETag that answers 304 to a request that names it, as a real CMS does. */
  private static void page(String path, String title, String... links) {
    StringBuilder body =
        new StringBuilder(
            "<html><head><title>"
                + title
                + "</title></head><body><h1>"
                + title
                + "</h1><p>Informatie van de gemeente over "
                + title
                + ".</p>");
    for (String link : links) {
      body.append("<a href=\"").append(link).append("\">").append(link).append("</a> ");
    }
    String etag = "\"" + Integer.toHexString(path.hashCode()) + "\"";
    SITE.stubFor(
        get(urlEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withHeader("ETag", etag)
                    .withBody(body.append("</body></html>").toString())));
    SITE.stubFor(
        get(urlEqualTo(path))
            .withHeader("If-None-Match", equalTo(etag))
            .atPriority(1)
            .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
  }

  @AfterAll
  static void tearDown() {
    SITE.stop();
    DB.close();
  }

  @Test
  void theCrawlPageListsEveryFailedAndSkippedUrlWithItsDutchReason() throws Exception {
    long run = http.crawl(siteId);
    WebPageClient.Page page = web.get("kijker", "/crawls/" + run);
    assertThat(page.status()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("Mislukt en overgeslagen (3)");
    assertThat(row(html, "/producten/oud"))
        .contains("<td>404</td>")
        .contains("Niet gevonden (404)");
    assertThat(row(html, "/loket/kapot")).contains("<td>500</td>").contains("Serverfout (5xx)");
    assertThat(row(html, "/mijn/zaken"))
        .contains("geen antwoord")
        .contains("Uitgesloten door robots.txt");
    String list =
        html.substring(
            html.indexOf("id=\"problemen\""),
            html.indexOf("</section>", html.indexOf("id=\"problemen\"")));
    assertThat(list)
        .as("a page fetched fine is no problem")
        .doesNotContain("/producten/paspoort")
        .contains("href=\"" + SITE.baseUrl() + "/producten/oud\"");
    assertThat(html).contains("waarvan het ophalen in deze crawl mislukte");
    // failed before skipped
    assertThat(html.indexOf("/loket/kapot\"")).isLessThan(html.indexOf("/mijn/zaken\""));

    JsonNode problems = http.get("/api/crawls/" + run + "/problems").body();
    assertThat(problems.get("failed").asInt()).isEqualTo(2);
    assertThat(problems.get("skipped").asInt()).isEqualTo(1);
    List<String> reasons = new ArrayList<>();
    problems
        .get("problems")
        .forEach(p -> reasons.add(p.get("reason").asText() + " " + p.get("detail").asText()));
    assertThat(reasons)
        .containsExactly(
            "SERVER_ERROR HTTP 500", "NOT_FOUND HTTP 404", "ROBOTS disallowed by robots.txt");
    assertThat(http.get("/api/crawls/999999/problems").status()).isEqualTo(404);
    assertThat(web.get("kijker", "/crawls").body())
        .as("the crawls page links its counts to the list")
        .contains("<a href=\"/crawls/" + run + "#problemen\"");
  }

  @Test
  void everyCrawlOfTheUnchangedSiteCountsTheSame() throws Exception {
    List<JsonNode> runs = new ArrayList<>();
    for (int i = 0;
        i < 3;
        i++) { // the third: the 404 page counts as gone after two crawls and is asked again
      runs.add(http.get("/api/crawls/" + http.crawl(siteId)).body());
    }
    for (JsonNode run : runs) {
      assertThat(run.get("pages").asInt()).as("pages of " + run).isEqualTo(5);
      assertThat(run.get("errors").asInt()).as("errors of " + run).isEqualTo(2);
      assertThat(run.get("skipped").asInt()).as("skipped of " + run).isEqualTo(1);
    }
    // what differs, the pages answered 304 after the first crawl, is said on the page
    long last = runs.get(2).get("id").asLong();
    assertThat(http.get("/api/crawls/" + last + "/problems").body().get("unchanged").asInt())
        .isEqualTo(2);
    assertThat(web.get("kijker", "/crawls/" + last).body())
        .contains("<th scope=\"row\">waarvan ongewijzigd (304)</th><td>2</td>")
        .contains("Mislukt en overgeslagen (3)");
  }

  /** The table row of a URL on the page. */
  private static String row(String html, String path) {
    int at = html.indexOf(SITE.baseUrl() + path + "\"");
    assertThat(at).as(path + " is listed").isPositive();
    return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
  }
}
