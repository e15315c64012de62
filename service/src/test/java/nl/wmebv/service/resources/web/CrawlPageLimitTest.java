package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import nl.wmebv.demosite.DemoSite;
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
 * A site with more pages than crawler.maxPages (the demo's 200-odd against a limit of 30): the run
 * ends PAGE_LIMIT with the reason in the API, and its page and the crawls list say in Dutch that
 * the inventory is not complete, instead of a FINISHED run that looks whole.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CrawlPageLimitTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite SITE = DemoSite.start("127.0.0.1", 0);
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "0",
          "crawler.allowPrivateAddresses",
          "true",
          "scheduler.enabled",
          "false",
          "crawler.maxPages",
          "30");

  private static long siteId;

  @BeforeAll
  static void setUp() {
    siteId =
        new MunicipalityService(DB.jdbi())
            .create("Voorbeeldstad", SITE.baseUri().toString())
            .sites()
            .get(0)
            .id();
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
  }

  @AfterAll
  static void tearDown() {
    SITE.close();
    DB.close();
  }

  @Test
  void aCrawlCutByThePageLimitSaysSoInTheApiAndInDutch() throws Exception {
    JsonNode run = new Http(APP.getLocalPort(), "redacteur").crawlToTheEnd(siteId);
    assertThat(run.get("status").asText()).isEqualTo("PAGE_LIMIT");
    assertThat(run.get("pages").asInt()).isEqualTo(30);
    assertThat(run.get("failure").asText()).contains("crawler.maxPages");

    WebPageClient web = new WebPageClient(APP.getLocalPort());
    Page page = web.get("redacteur", "/crawls/" + run.get("id").asLong());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(">gestopt bij de paginalimiet<", "de inventaris is niet compleet")
        .doesNotContain("PAGE_LIMIT", "Reden van mislukken");
    assertThat(web.get("redacteur", "/crawls").body())
        .contains("gestopt bij de paginalimiet")
        .doesNotContain(">PAGE_LIMIT<");
  }
}
