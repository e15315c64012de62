package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.OffsetDateTime;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15: the crawl and product pages show Dutch time (07:50 in winter, 08:50 in summer for 06:50
 * UTC) and dates the Dutch way, while the JSON API keeps the UTC instants.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DutchTimePagesTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite SITE = DemoSite.start("127.0.0.1", 0);
  private static final String WINTER = "2026-12-03T06:50:00Z";
  private static final String WINTER_END = "2026-12-03T07:05:00Z";
  private static final String SUMMER = "2026-07-01T06:50:00Z";

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "0",
          "crawler.allowPrivateAddresses",
          "true",
          "scheduler.enabled",
          "false");

  private static long run;
  private static long product;
  private static Http http;
  private static WebPageClient web;

  @BeforeAll
  static void setUp() throws Exception {
    long siteId =
        new MunicipalityService(DB.jdbi())
            .create("Voorbeeldstad", SITE.baseUri().toString())
            .sites()
            .get(0)
            .id();
    TestUsers.create(DB.jdbi(), "kijker", Role.VIEWER);
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    http = new Http(APP.getLocalPort(), "redacteur");
    web = new WebPageClient(APP.getLocalPort());
    run = http.crawl(siteId);
    // pin every time the pages show to known instants, one in winter (CET) and one in summer (CEST)
    DB.jdbi()
        .useHandle(
            h -> {
              h.createUpdate(
                      "UPDATE crawl_run SET started_at = CAST(:s AS timestamptz), finished_at = CAST(:f AS timestamptz)")
                  .bind("s", WINTER)
                  .bind("f", WINTER_END)
                  .execute();
              h.createUpdate("UPDATE page_observation SET observed_at = CAST(:s AS timestamptz)")
                  .bind("s", WINTER)
                  .execute();
              product =
                  h.createQuery(
                          """
              SELECT p.id FROM product p JOIN page_observation o ON o.page_id = p.page_id ORDER BY p.id LIMIT 1""")
                      .mapTo(Long.class)
                      .one();
              h.createUpdate("DELETE FROM audit_event WHERE product_id = :p")
                  .bind("p", product)
                  .execute();
              h.createUpdate(
                      """
              INSERT INTO audit_event (municipality_id, product_id, entity_type, entity_id, event, actor, at)
              SELECT municipality_id, id, 'product', id, 'updated', 'anna', CAST(:at AS timestamptz)
              FROM product WHERE id = :p""")
                  .bind("p", product)
                  .bind("at", SUMMER)
                  .execute();
              h.createUpdate(
                      """
              INSERT INTO action (product_id, type, owner, deadline) VALUES (:p, 'REPAIR_LINK', 'Team Web', DATE '2026-03-15')""")
                  .bind("p", product)
                  .execute();
            });
  }

  @AfterAll
  static void tearDown() {
    SITE.close();
    DB.close();
  }

  @Test
  void theCrawlsPageAndACrawlsPageShowDutchTime() {
    for (String path : new String[] {"/crawls", "/crawls/" + run}) {
      String body = web.get("kijker", path).body();
      assertThat(body)
          .as(path)
          .contains("3-12-2026 07:50")
          .contains("3-12-2026 08:05")
          .doesNotContain("06:50")
          .doesNotContain("2026-12-03");
    }
  }

  @Test
  void theProductPageShowsDutchTimeInItsHistoryAndAuditAndADutchDeadline() {
    String body = web.get("kijker", "/producten/" + product).body();
    assertThat(body)
        .contains("<td>3-12-2026 07:50</td>")
        .as("summer time, CEST")
        .contains("<td>1-7-2026 08:50</td>")
        .contains("<td>15-03-2026</td>")
        .doesNotContain("06:50")
        .doesNotContain("2026-12-03")
        .doesNotContain("2026-07-01")
        .doesNotContain("2026-03-15");
  }

  @Test
  void theInventoryShowsTheDeadlineTheDutchWay() {
    assertThat(web.get("kijker", "/inventaris").body())
        .contains("<td>15-03-2026</td>")
        .doesNotContain("2026-03-15");
  }

  @Test
  void theApiKeepsTheUtcInstants() {
    String started = http.get("/api/crawls/" + run).body().get("startedAt").asText();
    assertThat(started).endsWith("Z");
    assertThat(OffsetDateTime.parse(started).toInstant())
        .isEqualTo(OffsetDateTime.parse(WINTER).toInstant());
  }
}
