package nl.wmebv.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.DemoPages;
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
 * The change report after two crawls of the demo site with one page rewritten and one removed in
 * between.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CrawlChangeReportTest {
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
  }

  @AfterAll
  static void tearDown() {
    SITE.close();
    DB.close();
  }

  @Test
  void theSecondCrawlReportsTheLostChannelTheChangedTextAndTheVanishedPage() throws Exception {
    long first = http.crawl(siteId);
    JsonNode firstReport = http.as("kijker").get("/api/crawls/" + first + "/changes").body();
    long products =
        DB.jdbi()
            .withHandle(h -> h.createQuery("SELECT count(*) FROM product").mapTo(Long.class).one());
    assertThat(firstReport.get("newProducts")).hasSize((int) products);
    assertThat(firstReport.get("textChanged")).isEmpty();
    assertThat(firstReport.get("pagesGone")).isEmpty();

    SITE.override(REWRITTEN, DemoPages.withoutEmail(REWRITTEN));
    SITE.remove(REMOVED);

    long second = http.crawl(siteId);
    Http.Reply reply = http.get("/api/crawls/" + second + "/changes");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode report = reply.body();
    assertThat(report.get("runId").asLong()).isEqualTo(second);
    assertThat(report.get("newProducts")).isEmpty();
    assertThat(report.get("channelsGained")).isEmpty();
    assertThat(report.get("channelsBroken")).isEmpty();

    assertThat(report.get("channelsLost")).hasSize(1);
    JsonNode lost = report.get("channelsLost").get(0);
    assertThat(lost.get("url").asText()).endsWith(REWRITTEN);
    assertThat(lost.get("from").asText()).isEqualTo("DIGITAL");
    assertThat(lost.get("to").asText()).isIn("NOT_DIGITAL", "NONE");
    assertThat(lost.get("name").asText()).isNotBlank();

    assertThat(urls(report.get("textChanged"))).containsExactly(SITE.uri(REWRITTEN).toString());
    JsonNode text = report.get("textChanged").get(0);
    assertThat(text.get("from").asText()).isNotEqualTo(text.get("to").asText());

    assertThat(urls(report.get("pagesGone"))).containsExactly(SITE.uri(REMOVED).toString());
    assertThat(report.get("pagesGone").get(0).get("from").asText()).isEqualTo("200");
    assertThat(report.get("pagesGone").get(0).get("to").asText()).isEqualTo("410");

    // the crawler flagged the product whose channel changed for review
    boolean flagged =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT needs_review FROM product WHERE id = :id")
                        .bind("id", lost.get("productId").asLong())
                        .mapTo(Boolean.class)
                        .one());
    assertThat(flagged).isTrue();
    assertThat(http.get("/api/crawls/999999/changes").status()).isEqualTo(404);
  }

  private static List<String> urls(JsonNode list) {
    List<String> urls = new ArrayList<>();
    list.forEach(n -> urls.add(n.get("url").asText()));
    return urls;
  }
}
