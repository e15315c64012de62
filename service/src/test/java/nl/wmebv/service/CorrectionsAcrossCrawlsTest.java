package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consultant's correction through the API survives every later crawl, and the next crawl moves
 * the corrected page's template siblings: "Dit is geen product" on one news-like page takes its
 * look-alike out too, "Dit is wel een product" on a page the crawl missed brings in the page like
 * it; a strong product of the same shape stays.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CorrectionsAcrossCrawlsTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "scheduler.enabled",
          "false",
          "crawler.delayMs",
          "0",
          "crawler.allowPrivateAddresses",
          "true",
          "crawler.checkChannels",
          "false");
  private static HttpServer site;
  private static Client client;

  @BeforeAll
  static void serve() throws IOException {
    String news =
        "<p>De gemeente opent een nieuw loket. Vraag uw subsidie aan via het"
            + " <a href='https://loket.proefdorp.nl/aanvraag/subsidie'>aanvraagformulier</a> met DigiD.</p>";
    String strong =
        "<h2>Wat is het?</h2><p>Een paspoort.</p><h2>Voorwaarden</h2><p>U woont hier.</p>"
            + "<h2>Aanvragen</h2><p><a href='https://loket.proefdorp.nl/aanvraag/paspoort'>Direct aanvragen</a> met"
            + " DigiD.</p><h2>Kosten</h2><p>Het kost 80 euro.</p>";
    String weak =
        "<p>Kom langs op het gemeentehuis: <a href='https://afspraken.proefdorp.nl/'>maak een afspraak</a>."
            + "</p>";
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put(
        "/",
        page(
            "Welkom",
            "<a href='/informatie/subsidie-zonnepanelen'>Zonnepanelen</a> <a href="
                + "'/informatie/subsidie-isolatie'>Isolatie</a> <a href='/informatie/paspoort-aanvragen'>Paspoort</a>"
                + " <a href='/regelen/geboorte'>Geboorte</a> <a href='/regelen/dakkapel'>Dakkapel</a>"));
    pages.put("/informatie/subsidie-zonnepanelen", page("Subsidie zonnepanelen aanvragen", news));
    pages.put("/informatie/subsidie-isolatie", page("Subsidie isolatie aanvragen", news));
    pages.put("/informatie/paspoort-aanvragen", page("Paspoort aanvragen", strong));
    pages.put("/regelen/geboorte", page("Geboorte", weak));
    pages.put("/regelen/dakkapel", page("Dakkapel", weak));
    site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext(
        "/",
        exchange -> {
          String html = pages.get(exchange.getRequestURI().getPath());
          byte[] body = (html == null ? "niet gevonden" : html).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    site.start();
  }

  @AfterAll
  static void stop() {
    site.stop(0);
    DB.close();
  }

  @Test
  void aCorrectionSurvivesEveryCrawlAndMovesItsSiblingsOnTheNext() throws Exception {
    client = TestUsers.as(APP.client(), DB.jdbi(), "consultant", Role.ADMIN);
    String siteUrl = "http://127.0.0.1:" + site.getAddress().getPort() + "/";
    JsonNode m =
        client
            .target(api("/municipalities"))
            .request()
            .post(Entity.json(Map.of("name", "Proefdorp", "baseUrl", siteUrl)), JsonNode.class);
    long siteId = m.get("sites").get(0).get("id").asLong();

    crawl(siteId);
    Map<String, Boolean> first = inventory();
    assertThat(first)
        .containsEntry("/informatie/subsidie-zonnepanelen", true)
        .containsEntry("/informatie/subsidie-isolatie", true)
        .containsEntry("/informatie/paspoort-aanvragen", true)
        .doesNotContainKeys("/regelen/geboorte", "/regelen/dakkapel");

    long zonnepanelen = productId("/informatie/subsidie-zonnepanelen");
    Response no =
        client
            .target(api("/products/" + zonnepanelen + "/verdict"))
            .request()
            .put(Entity.json(Map.of("product", false)));
    assertThat(no.getStatus()).isEqualTo(200);
    assertThat(no.readEntity(JsonNode.class).get("verdict").asText()).isEqualTo("NOT_PRODUCT");
    assertThat(inventory())
        .containsEntry("/informatie/subsidie-zonnepanelen", false); // out at once
    Response yes =
        client
            .target(api("/sites/" + siteId + "/page-verdicts"))
            .request()
            .put(Entity.json(Map.of("url", siteUrl + "regelen/geboorte", "product", true)));
    assertThat(yes.getStatus()).isEqualTo(200);

    for (int i = 0; i < 2; i++) {
      crawl(siteId);
      Map<String, Boolean> after = inventory();
      assertThat(after)
          .as("crawl %d after the corrections", i + 2)
          .containsEntry("/informatie/subsidie-zonnepanelen", false) // the correction survives
          .containsEntry("/informatie/subsidie-isolatie", false) // its weak sibling follows
          .containsEntry(
              "/informatie/paspoort-aanvragen", true) // a strong sibling keeps its own verdict
          .containsEntry("/regelen/geboorte", true)
          .containsEntry("/regelen/dakkapel", true);
    }
    JsonNode verdicts =
        client.target(api("/sites/" + siteId + "/page-verdicts")).request().get(JsonNode.class);
    assertThat(verdicts).hasSize(2);
    assertThat(verdicts.get(0).get("by").asText()).isEqualTo("consultant");

    // the product page: "Dit is geen product", the verdict shown in Dutch, and "Toch wel een
    // product" back
    long paspoort = productId("/informatie/paspoort-aanvragen");
    SessionLogin browser = new SessionLogin(APP.getLocalPort());
    SessionLogin.Session consultant = browser.login("consultant");
    assertThat(browser.page(consultant, "/producten/" + paspoort).body())
        .contains("Dit is geen product");
    SessionLogin.Reply no2 =
        browser.form(consultant, "/producten/" + paspoort + "/oordeel", "product", "nee");
    assertThat(no2.status()).as(no2.body()).isEqualTo(303);
    assertThat(browser.page(consultant, "/producten/" + paspoort).body())
        .contains(
            "Geen product volgens consultant",
            "Toch wel een product",
            "<span class=\"flag\">geen product</span>");
    assertThat(inventory()).containsEntry("/informatie/paspoort-aanvragen", false);
    assertThat(
            browser
                .form(consultant, "/producten/" + paspoort + "/oordeel", "product", "ja")
                .status())
        .isEqualTo(303);
    assertThat(inventory()).containsEntry("/informatie/paspoort-aanvragen", true);
    assertThat(
            browser
                .form(consultant, "/producten/" + paspoort + "/oordeel", "product", "misschien")
                .status())
        .isEqualTo(422);
  }

  private static void crawl(long siteId) throws InterruptedException {
    JsonNode run =
        client
            .target(api("/sites/" + siteId + "/crawls"))
            .request()
            .post(Entity.json("{}"), JsonNode.class);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      JsonNode now =
          client.target(api("/crawls/" + run.get("id").asLong())).request().get(JsonNode.class);
      if (!"RUNNING".equals(now.get("status").asText())) {
        assertThat(now.get("status").asText()).isEqualTo("FINISHED");
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("crawl did not finish");
  }

  /** Per page path: true for a product in the inventory, false for a product taken out (gone). */
  private static Map<String, Boolean> inventory() {
    Map<String, Boolean> out = new LinkedHashMap<>();
    DB.jdbi()
        .useHandle(
            h ->
                h.createQuery(
                        "SELECT pg.url, p.is_gone FROM product p JOIN page pg ON pg.id = p.page_id")
                    .map(
                        (rs, ctx) ->
                            Map.entry(
                                rs.getString(1).replaceFirst("^https?://[^/]+", ""),
                                !rs.getBoolean(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  private static long productId(String path) {
    return DB.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT p.id FROM product p JOIN page pg ON pg.id = p.page_id WHERE pg.url LIKE :u")
                    .bind("u", "%" + path)
                    .mapTo(Long.class)
                    .one());
  }

  private static String page(String title, String content) {
    return "<html><head><title>"
        + title
        + " | Gemeente Proefdorp</title></head><body><header><a href='/'>Home</a>"
        + "</header><main><h1>"
        + title
        + "</h1>"
        + content
        + "</main><footer><p>Gemeente Proefdorp</p></footer>"
        + "</body></html>";
  }

  private static String api(String path) {
    return "http://localhost:" + APP.getLocalPort() + "/api" + path;
  }
}
