package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.InetSocketAddress;
import java.util.Arrays;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.sc.ScTestData;
import nl.wmebv.service.resources.web.WebPageClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue page: upload and fetch of a real SC feed, bad files in Dutch, viewers, Amsterdam's
 * size.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CataloguePageTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "crawler.allowPrivateAddresses", "true", "scheduler.enabled", "false");

  private static WebPageClient web;

  @BeforeAll
  static void users() {
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    web = new WebPageClient(APP.getLocalPort());
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void anUploadedFeedIsReportedInDutchAndShowsItsDiscrepanciesHereAndOnTheProductPage() {
    long kampen = municipality("Kampen");
    Page first =
        web.postBytes(
            "redacteur", "/catalogus/" + kampen + "/feed", ScTestData.feedBytes("Kampen"));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.body())
        .contains("Feed ingelezen: 206 producten")
        .contains("nieuw: <strong>206</strong>")
        .contains("ongewijzigd: <strong>0</strong>")
        .contains("gekoppeld aan een gecrawlde pagina");
    assertThat(feedProducts(kampen)).isEqualTo(206);
    Page again =
        web.postBytes(
            "redacteur", "/catalogus/" + kampen + "/feed", ScTestData.feedBytes("Kampen"));
    assertThat(again.body())
        .contains("nieuw: <strong>0</strong>")
        .contains("ongewijzigd: <strong>206</strong>");
    assertThat(feedProducts(kampen)).isEqualTo(206);

    // a product the feed calls not online while the page offers a working e-form
    long product =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
        UPDATE product SET feed_online_aanvragen = 'nee', detected_channel_status = 'DIGITAL'
        WHERE id = (SELECT min(id) FROM product WHERE municipality_id = :m) RETURNING id""")
                        .bind("m", kampen)
                        .mapTo(Long.class)
                        .one());
    Page page = web.get("lezer", "/catalogus?gemeente=" + kampen);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Gemeente Kampen")
        .contains("Producten uit de feed: <strong>206</strong>")
        .contains("maar de pagina biedt een werkend digitaal kanaal")
        .contains("onlineAanvragen: nee")
        .contains("kanaal: werkend digitaal kanaal (crawl)")
        .contains("href=\"/producten/" + product + "\"")
        .contains("UPL-producten voor gemeenten die website en feed niet aanbieden")
        .contains("Pas bekend na een crawl");

    Page productPage = web.get("redacteur", "/producten/" + product);
    assertThat(productPage.status()).isEqualTo(200);
    assertThat(productPage.body())
        .contains("Catalogus (SC-feed en UPL)")
        .contains("Online aan te vragen (feed)")
        .contains("maar de pagina biedt een werkend digitaal kanaal")
        .contains("Voorstel uit de UPL")
        .contains("id=\"besluit-" + product + "\"");
  }

  @Test
  void aBadFileGetsADutchLeadAndTheDetailAndChangesNothing() {
    long hilversum = municipality("Hilversum");
    byte[] feed = ScTestData.feedBytes("Hilversum");
    assertThat(web.postBytes("redacteur", "/catalogus/" + hilversum + "/feed", feed).status())
        .isEqualTo(200);
    long before = feedProducts(hilversum);
    long audit = auditEvents();

    Page truncated =
        web.postBytes(
            "redacteur", "/catalogus/" + hilversum + "/feed", Arrays.copyOf(feed, feed.length / 2));
    assertThat(truncated.status()).isEqualTo(422);
    assertThat(truncated.body())
        .contains("Het bestand is geen geldige XML: het is beschadigd of afgebroken.")
        .contains("Er is niets veranderd.")
        .contains("Details:")
        .contains("not well-formed XML");
    Page foreign =
        web.postBytes(
            "redacteur", "/catalogus/" + hilversum + "/feed", ScTestData.feedBytes("Veere"));
    assertThat(foreign.body())
        .contains("Deze feed is van een andere gemeente. Er is niets veranderd.");
    Page pdf =
        web.postBytes(
            "redacteur", "/catalogus/" + hilversum + "/feed", "%PDF-1.7 nonsense".getBytes());
    assertThat(pdf.body()).contains("Het bestand is geen XML-bestand.");
    Page badUrl =
        web.postForm(
            "redacteur", "/catalogus/" + hilversum + "/ophalen", "url", "ftp://example.org/f");
    assertThat(badUrl.status()).isEqualTo(422);
    assertThat(badUrl.body()).contains("Vul het webadres van de feed in");

    assertThat(feedProducts(hilversum)).isEqualTo(before);
    assertThat(auditEvents()).isEqualTo(audit);
  }

  @Test
  void aViewerSeesNoImportFormsAndMayNotPost() {
    long dalfsen = municipality("Dalfsen");
    Page page = web.get("lezer", "/catalogus?gemeente=" + dalfsen);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Nog geen SC-feed ingelezen")
        .doesNotContain("feed-upload")
        .doesNotContain("Ophalen en inlezen");
    assertThat(web.get("redacteur", "/catalogus?gemeente=" + dalfsen).body())
        .contains("id=\"feed-upload\"")
        .contains("Ophalen en inlezen");
    assertThat(
            web.postBytes(
                    "lezer", "/catalogus/" + dalfsen + "/feed", ScTestData.feedBytes("Dalfsen"))
                .status())
        .isEqualTo(403);
    assertThat(
            web.postForm(
                    "lezer", "/catalogus/" + dalfsen + "/ophalen", "url", "https://example.org/")
                .status())
        .isEqualTo(403);
    assertThat(feedProducts(dalfsen)).isZero();
    assertThat(web.get("lezer", "/catalogus?gemeente=999999").status()).isEqualTo(404);
  }

  @Test
  void aFeedFetchedFromAUrlIsImportedAndItsUrlRemembered() throws Exception {
    long maashorst = municipality("Maashorst");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] feed = ScTestData.feedBytes("Maashorst");
    server.createContext(
        "/sc.xml",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/xml");
          exchange.sendResponseHeaders(200, feed.length);
          exchange.getResponseBody().write(feed);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sc.xml";
      Page page = web.postForm("redacteur", "/catalogus/" + maashorst + "/ophalen", "url", url);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      assertThat(page.body()).contains("Feed ingelezen").contains("value=\"" + url + "\"");
      assertThat(feedProducts(maashorst)).isPositive();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void amsterdamsCatalogueOf482ProductsShowsQuickly() {
    long amsterdam = municipality("Amsterdam");
    Page upload =
        web.postBytes(
            "redacteur", "/catalogus/" + amsterdam + "/feed", ScTestData.feedBytes("Amsterdam"));
    assertThat(upload.body()).contains("nieuw: <strong>482</strong>");
    web.get("lezer", "/catalogus?gemeente=" + amsterdam); // warm up
    long start = System.nanoTime();
    Page page = web.get("lezer", "/catalogus?gemeente=" + amsterdam);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(page.body()).contains("Producten uit de feed: <strong>482</strong>");
    assertThat(millis).as("catalogue page of Amsterdam in ms").isLessThan(2_000);
  }

  private static long municipality(String name) {
    return new MunicipalityService(DB.jdbi())
        .create(name, "https://www." + name.toLowerCase() + ".nl")
        .id();
  }

  private static long auditEvents() {
    return DB.jdbi()
        .withHandle(h -> h.createQuery("SELECT count(*) FROM audit_event").mapTo(Long.class).one());
  }

  private static long feedProducts(long municipality) {
    return DB.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM product WHERE municipality_id = :m AND feed_page_url IS NOT NULL")
                    .bind("m", municipality)
                    .mapTo(Long.class)
                    .one());
  }
}
