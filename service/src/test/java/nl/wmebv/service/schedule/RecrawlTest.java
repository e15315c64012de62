package nl.wmebv.service.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.Http;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A re-crawl asks for less (issue 17 §2), on a real database: the demo site behind WireMock (a
 * proxy that records every request), its sitemap dating every page, plus a calendar the first crawl
 * recognises as a trap. A re-crawl of the unchanged site leaves the pages the sitemap dates no
 * later than their last request unasked (counted as the run's pagesNotRequested), still asks every
 * product page and the designated channel's page, walks no calendar page again, and leaves the
 * inventory as it was; a page whose sitemap date moves past its last request is asked again.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecrawlTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite DEMO = DemoSite.start("127.0.0.1", 0);
  private static final WireMockServer SITE =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

  /** Not a product page, listed in the sitemap: the designated channel of the test. */
  private static final String DESIGNATED = "/contact";

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "crawler.delayMs", "0", "crawler.allowPrivateAddresses", "true");

  private static long siteId;
  private static long municipalityId;
  private static Http editor;
  private static String sitemap;
  private static JsonNode first;

  @BeforeAll
  static void setUp() throws Exception {
    SITE.start();
    SITE.stubFor(
        any(anyUrl())
            .atPriority(10)
            .willReturn(aResponse().proxiedFrom(DEMO.baseUri().toString().replaceAll("/$", ""))));
    sitemap =
        demoSitemap().replace("</urlset>", "<url><loc>" + agenda(1) + "</loc></url></urlset>");
    serveSitemap(sitemap);
    // a calendar: every day's page links the next twenty days and looks the same but for dates
    SITE.stubFor(
        get(urlPathMatching("/agenda/.*"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(agendaPage())));
    var municipality =
        new MunicipalityService(DB.jdbi()).create("Voorbeeldstad", SITE.baseUrl() + "/");
    municipalityId = municipality.id();
    siteId = municipality.sites().get(0).id();
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    editor = new Http(APP.getLocalPort(), "redacteur");
    DB.jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        """
                        INSERT INTO designated_channel (municipality_id, kind, name, url)
                        VALUES (:m, 'SPECIFIC_FORM', 'Contactformulier', :url)""")
                    .bind("m", municipalityId)
                    .bind("url", SITE.baseUrl() + DESIGNATED)
                    .execute());
    first = editor.get("/api/crawls/" + editor.crawl(siteId)).body();
  }

  @AfterAll
  static void tearDown() {
    SITE.stop();
    DEMO.close();
    DB.close();
  }

  @Test
  @Order(1)
  void theFirstCrawlAsksEveryPageAndRecordsTheCalendarAsATrap() {
    assertThat(first.get("pagesNotRequested").asInt()).as("nothing known yet").isZero();
    assertThat(trapPatterns(first.get("id").asLong()))
        .as("this calendar and the demo site's own")
        .anyMatch(p -> p.endsWith("/agenda/{date}"))
        .anyMatch(p -> p.endsWith("/agenda?maand={date}"));
    assertThat(agendaRequests()).as("the first crawl walked into the calendar").isPositive();
  }

  @Test
  @Order(2)
  void anUnchangedSitesRecrawlLeavesTheDatedPagesUnaskedButNoProductPage() throws Exception {
    Set<String> products = productPaths();
    Set<String> leaveable = leaveablePaths();
    assertThat(products).hasSizeGreaterThan(10);
    assertThat(leaveable).as("category and news pages in the sitemap").hasSizeGreaterThan(5);
    long productsBefore = count("SELECT count(*) FROM product WHERE NOT is_gone");
    SITE.resetRequests();

    JsonNode run = editor.get("/api/crawls/" + editor.crawl(siteId)).body();

    Set<String> asked = requestedPaths();
    assertThat(asked).as("every product page is asked").containsAll(products);
    assertThat(asked).as("the designated channel's page is asked").contains(DESIGNATED);
    assertThat(asked).as("the home page is asked").contains("/");
    assertThat(asked)
        .as("no page the sitemap dates unchanged")
        .doesNotContainAnyElementsOf(leaveable);
    assertThat(agendaRequests()).as("the calendar is not walked again").isZero();
    assertThat(run.get("pagesNotRequested").asInt()).isEqualTo(leaveable.size());
    assertThat(trapPatterns(run.get("id").asLong()))
        .as("the trap is handed on")
        .isEqualTo(trapPatterns(first.get("id").asLong()));
    assertThat(count("SELECT count(*) FROM product WHERE NOT is_gone")).isEqualTo(productsBefore);
    assertThat(count("SELECT count(*) FROM audit_event WHERE event = 'product.gone'")).isZero();
    JsonNode report = editor.get("/api/crawls/" + run.get("id").asLong() + "/changes").body();
    for (String list : List.of("newProducts", "channelsLost", "channelsBroken", "pagesGone")) {
      assertThat(report.get(list)).as(list).isEmpty();
    }
    assertThat(
            count(
                "SELECT min(p.unchanged_crawls) FROM page p JOIN product pr ON pr.page_id = p.id"
                    + " WHERE NOT pr.is_gone"))
        .as("the product pages answered 304: one unchanged fetch")
        .isEqualTo(1);
  }

  @Test
  @Order(3)
  void aPageWhoseSitemapDateMovesPastItsLastRequestIsAskedAgain() throws Exception {
    String moved = leaveablePaths().stream().sorted().findFirst().orElseThrow();
    String tomorrow = LocalDate.now().plusDays(1).toString();
    serveSitemap(
        sitemap.replaceFirst(
            "(<loc>\\Q" + SITE.baseUrl() + moved + "\\E</loc>\\s*<lastmod>)[^<]+",
            "$1" + tomorrow));
    SITE.resetRequests();

    JsonNode run = editor.get("/api/crawls/" + editor.crawl(siteId)).body();

    assertThat(requestedPaths()).contains(moved);
    assertThat(run.get("pagesNotRequested").asInt()).isEqualTo(leaveablePaths().size() - 1);
  }

  private static void serveSitemap(String body) {
    SITE.stubFor(
        get(urlEqualTo("/sitemap.xml"))
            .atPriority(1)
            .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(body)));
  }

  private static String demoSitemap() throws IOException, InterruptedException {
    HttpResponse<InputStream> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(DEMO.baseUri().resolve("/sitemap.xml")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = reply.body()) {
      String demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return demo.replace(DEMO.baseUri().toString().replaceAll("/$", ""), SITE.baseUrl());
    }
  }

  private static String agenda(int day) {
    return SITE.baseUrl() + "/agenda/" + LocalDate.now().plusDays(day);
  }

  private static String agendaPage() {
    String links =
        IntStream.rangeClosed(1, 20)
            .mapToObj(d -> "<li><a href=\"" + agenda(d) + "\">dag " + d + "</a></li>")
            .collect(Collectors.joining());
    return "<!DOCTYPE html><html lang=\"nl\"><head><title>Agenda</title></head><body><main>"
        + "<h1>Agenda</h1><p>Geen activiteiten op deze dag.</p><ul>"
        + links
        + "</ul></main></body></html>";
  }

  /** Paths of the pages a product stands on. */
  private static Set<String> productPaths() {
    return paths(
        "SELECT p.url FROM page p JOIN product pr ON pr.page_id = p.id "
            + "WHERE p.site_id = :s AND NOT pr.is_gone");
  }

  /**
   * Known pages a re-crawl may leave unasked: fetched fine, dated by the sitemap, neither a product
   * page nor the designated channel, nor the home page (always asked).
   */
  private static Set<String> leaveablePaths() {
    Set<String> inSitemap =
        sitemap
            .lines()
            .filter(l -> l.contains("<loc>") && !l.contains("/agenda/"))
            .map(l -> path(l.replaceAll(".*<loc>([^<]+)</loc>.*", "$1").strip()))
            .collect(Collectors.toSet());
    Set<String> products = productPaths();
    return paths(
            "SELECT p.url FROM page p WHERE p.site_id = :s AND p.error IS NULL "
                + "AND p.http_status BETWEEN 200 AND 399 AND NOT p.is_product")
        .stream()
        .filter(inSitemap::contains)
        .filter(p -> !products.contains(p) && !p.equals(DESIGNATED) && !p.equals("/"))
        .collect(Collectors.toSet());
  }

  private static Set<String> requestedPaths() {
    return SITE.getAllServeEvents().stream()
        .map(e -> path(SITE.baseUrl() + e.getRequest().getUrl()))
        .collect(Collectors.toSet());
  }

  private static long agendaRequests() {
    return SITE.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().matches("/agenda[/?].*\\d{4}-\\d{2}.*"))
        .count();
  }

  private static List<String> trapPatterns(long runId) {
    return DB.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT unnest(trap_patterns) FROM crawl_run WHERE id = :id")
                    .bind("id", runId)
                    .mapTo(String.class)
                    .list());
  }

  private static Set<String> paths(String sql) {
    return DB
        .jdbi()
        .withHandle(h -> h.createQuery(sql).bind("s", siteId).mapTo(String.class).list())
        .stream()
        .map(RecrawlTest::path)
        .collect(Collectors.toSet());
  }

  private static String path(String url) {
    URI u = URI.create(url);
    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
  }

  private static long count(String sql) {
    return DB.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
