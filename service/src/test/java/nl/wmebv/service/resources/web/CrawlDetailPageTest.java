package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.DemoPages;
import nl.wmebv.service.Http;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.web.WebPageClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page of one crawl after two crawls of the demo site with a page rewritten and one removed in
 * between.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CrawlDetailPageTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite SITE = DemoSite.start("127.0.0.1", 0);
  private static final String REWRITTEN =
      "/producten/betalingsregeling-belastingen"; // DIGITAL by e-mail only
  private static final String REMOVED = "/producten/afvalkalender";

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "0",
          "crawler.allowPrivateAddresses",
          "true",
          "scheduler.enabled",
          "false");

  private static long siteId;
  private static Http http;
  private static WebPageClient web;

  @BeforeAll
  static void setUp() {
    siteId =
        new MunicipalityService(DB.jdbi())
            .create("Voorbeeldstad", SITE.baseUri().toString())
            .sites()
            .get(0)
            .id();
    TestUsers.create(DB.jdbi(), "kijker", Role.VIEWER);
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    http = new Http(APP.getLocalPort(), "redacteur");
    web = new WebPageClient(APP.getLocalPort());
  }

  @AfterAll
  static void tearDown() {
    SITE.close();
    DB.close();
  }

  @Test
  void theSecondCrawlsPageShowsItsNumbersAndEveryChangeLinkedToItsProduct() throws Exception {
    long first = http.crawl(siteId);
    Page firstPage = web.get("kijker", "/crawls/" + first);
    assertThat(firstPage.status()).isEqualTo(200);
    long products =
        DB.jdbi()
            .withHandle(h -> h.createQuery("SELECT count(*) FROM product").mapTo(Long.class).one());
    assertThat(firstPage.body())
        .contains("Crawl " + first + " van gemeente Voorbeeldstad")
        .contains("Nieuwe producten (" + products + ")")
        .contains("Geen tekst gewijzigd.");

    SITE.override(REWRITTEN, DemoPages.withoutEmail(REWRITTEN));
    SITE.remove(REMOVED);
    long second = http.crawl(siteId);

    Page page = web.get("kijker", "/crawls/" + second);
    assertThat(page.status()).isEqualTo(200);
    JsonNode run = http.get("/api/crawls/" + second).body();
    JsonNode changes = http.get("/api/crawls/" + second + "/changes").body();
    long lost = changes.get("channelsLost").get(0).get("productId").asLong();
    long gone = changes.get("pagesGone").get(0).get("productId").asLong();
    assertThat(page.body())
        .contains(">klaar<")
        .contains("<td>" + run.get("pages").asInt() + "</td>")
        .contains("Nieuwe producten (0)")
        .contains("Digitaal kanaal erbij (0)")
        .contains("Digitaal kanaal kwijt (1)")
        .contains("Digitaal kanaal →")
        .contains("Pagina&#39;s verdwenen (1)")
        .contains("HTTP 200 → HTTP 410")
        .contains("Tekst gewijzigd (1)")
        .contains("href=\"/producten/" + lost + "\"")
        .contains("href=\"/producten/" + gone + "\"")
        .contains(SITE.uri(REMOVED).toString());

    assertThat(web.get("kijker", "/crawls/999999").status()).isEqualTo(404);
    int skipped = run.get("skipped").asInt();
    assertThat(skipped).as("the demo's robots.txt disallows /zoeken and /mijn/").isPositive();
    assertThat(page.body()).contains("<th scope=\"row\">Overgeslagen</th><td>" + skipped);
    // the demo's broken links, failing form and Disallows are listed with their Dutch reasons
    assertThat(page.body())
        .contains("Mislukt en overgeslagen (" + (run.get("errors").asInt() + skipped) + ")")
        .contains("Niet gevonden (404)")
        .contains("Serverfout (5xx)")
        .contains("Uitgesloten door robots.txt");
    assertThat(web.get("kijker", "/crawls").body())
        .contains("href=\"/crawls/" + second + "\"")
        .contains("<th scope=\"col\">Overgeslagen</th>")
        .contains(skipped + " overgeslagen (robots.txt)");
    // the crawls page's own actions under /crawls/{id}/... still answer (the two resources share
    // the root path)
    Page stop = web.postForm("redacteur", "/crawls/" + second + "/stop");
    assertThat(stop.status()).isEqualTo(409);
    assertThat(stop.body()).contains("Deze crawl loopt niet.");
  }
}
