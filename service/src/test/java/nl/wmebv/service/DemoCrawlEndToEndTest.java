package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.demosite.PageLabel;
import nl.wmebv.service.config.WmebvConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo end to end: the service serves Voorbeeldstad, crawls it and stores every product page.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoCrawlEndToEndTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.demo(DB);

  private static jakarta.ws.rs.client.Client client;

  /** An API client logged in as an admin (who registers municipalities). */
  static jakarta.ws.rs.client.Client client() {
    if (client == null) {
      client =
          TestUsers.as(APP.client(), DB.jdbi(), "beheerder", nl.wmebv.service.core.auth.Role.ADMIN);
    }
    return client;
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  @Order(1)
  void theDemoCrawlFindsEveryProductPageWithItsChannelStatus() throws Exception {
    JsonNode run = awaitFinished(1);
    assertThat(run.get("status").asText()).isEqualTo("FINISHED");
    // robots.txt disallows /zoeken and /mijn/: those URLs are skipped, not errors, in the database
    // and the JSON
    int disallowed =
        count(
            "SELECT count(*) FROM page WHERE last_crawl_run_id = 1 AND error = 'disallowed by robots.txt'");
    assertThat(disallowed).isPositive();
    assertThat(run.get("skipped").asInt()).isEqualTo(disallowed);
    assertThat(count("SELECT skipped FROM crawl_run WHERE id = 1")).isEqualTo(disallowed);
    assertThat(run.get("errors").asInt())
        .isEqualTo(
            count(
                """
        SELECT count(*) FROM page WHERE last_crawl_run_id = 1 AND error IS NOT NULL
          AND error <> 'disallowed by robots.txt'"""));

    Map<String, String> stored =
        DB
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            SELECT pg.url, p.detected_channel_status FROM product p JOIN page pg ON pg.id = p.page_id""")
                        .map(
                            (rs, ctx) ->
                                Map.entry(
                                    rs.getString(1).replaceFirst("^https?://[^/]+", ""),
                                    String.valueOf(rs.getString(2))))
                        .list())
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    List<PageLabel> products =
        DemoSite.labels().stream().filter(l -> "product".equals(l.kind())).toList();
    assertThat(products).hasSizeGreaterThanOrEqualTo(40);
    assertThat(stored.keySet())
        .as("every labelled product page became a product")
        .containsAll(products.stream().map(PageLabel::path).toList());
    long right =
        products.stream().filter(l -> l.channelStatus().equals(stored.get(l.path()))).count();
    assertThat((double) right / products.size())
        .as("share of channel statuses right")
        .isGreaterThanOrEqualTo(0.97);

    String home = client().target(base() + "/").request().get(String.class);
    assertThat(home)
        .contains("Gemeente Voorbeeldstad")
        .contains("Stand per cluster")
        .contains("Crawl klaar")
        .contains(disallowed + " overgeslagen (robots.txt)");
  }

  @Test
  @Order(2)
  void aSecondCrawlCostsA304PerUnchangedPageAndKeepsTheProducts() throws Exception {
    int productsBefore = count("SELECT count(*) FROM product");
    Response started =
        client().target(base() + "/api/sites/1/crawls").request().post(Entity.json("{}"));
    assertThat(started.getStatus()).isEqualTo(202);
    long runId = started.readEntity(JsonNode.class).get("id").asLong();

    Response second =
        client().target(base() + "/api/sites/1/crawls").request().post(Entity.json("{}"));
    assertThat(second.getStatus()).as("no second crawl of a site while one runs").isEqualTo(409);

    JsonNode run = awaitFinished(runId);
    assertThat(run.get("status").asText()).isEqualTo("FINISHED");
    assertThat(
            count(
                "SELECT count(*) FROM page WHERE http_status = 304 AND last_crawl_run_id = "
                    + runId))
        .isGreaterThan(40);
    // the unchanged site gives the same counts: the pages that failed are fetched again (no 304 for
    // a page we never got), the skipped ones are skipped again; the pages the sitemap dates
    // unchanged since the first crawl are not asked, and counted apart (issue 17 §2)
    JsonNode first = client().target(base() + "/api/crawls/1").request().get(JsonNode.class);
    assertThat(first.get("errors").asInt()).isPositive();
    for (String field : new String[] {"errors", "skipped"}) {
      assertThat(run.get(field).asInt()).as(field).isEqualTo(first.get(field).asInt());
    }
    assertThat(run.get("pagesNotRequested").asInt()).isPositive();
    int calendar =
        count(
            "SELECT count(*) FROM page_observation o JOIN page p ON p.id = o.page_id"
                + " WHERE o.crawl_run_id = 1 AND p.url LIKE '%/agenda?maand=%'");
    assertThat(calendar).as("the first crawl walked into the calendar").isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM page_observation o JOIN page p ON p.id = o.page_id"
                    + " WHERE o.crawl_run_id = "
                    + runId
                    + " AND p.url LIKE '%/agenda?maand=%'"))
        .as("a calendar the first crawl recognised is not walked again")
        .isZero();
    assertThat(run.get("pages").asInt() + run.get("pagesNotRequested").asInt() + calendar)
        .as("every other page of the first crawl asked or left unasked")
        .isEqualTo(first.get("pages").asInt());
    assertThat(
            count(
                "SELECT count(*) FROM page WHERE error IS NOT NULL AND error <> 'disallowed by robots.txt'"
                    + " AND last_crawl_run_id = "
                    + runId))
        .as("every failed page was tried again")
        .isEqualTo(first.get("errors").asInt());
    assertThat(count("SELECT count(*) FROM product")).isEqualTo(productsBefore);
    assertThat(count("SELECT count(*) FROM product WHERE detected_channel_status IS NULL"))
        .isZero();
  }

  @Test
  @Order(3)
  void pagesAreUtf8SoDutchLettersSurvive() {
    record Named(long id, String name) {}
    Named product =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT id, name FROM product WHERE name ~ '[^\\x00-\\x7F]' ORDER BY id LIMIT 1")
                        .map((rs, ctx) -> new Named(rs.getLong(1), rs.getString(2)))
                        .one());
    Response page = client().target(base() + "/producten/" + product.id()).request().get();
    assertThat(page.getHeaderString("Content-Type")).containsIgnoringCase("charset=UTF-8");
    assertThat(new String(page.readEntity(byte[].class), java.nio.charset.StandardCharsets.UTF_8))
        .contains(product.name());
  }

  @Test
  @Order(4)
  void unknownRunsAndSitesAre404() {
    assertThat(client().target(base() + "/api/crawls/9999").request().get().getStatus())
        .isEqualTo(404);
    assertThat(
            client()
                .target(base() + "/api/sites/9999/crawls")
                .request()
                .post(Entity.json("{}"))
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  @Order(5)
  void aRunCheckpointedBeforeTheSkippedCountExistedResumesAndCountsItsSkips() throws Exception {
    String base =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT base_url FROM site WHERE id = 1")
                        .mapTo(String.class)
                        .one())
            .replaceFirst("/$", "");
    String disallowed = base + "/zoeken?q=paspoort";
    // a checkpoint as the previous version wrote it: no "skipped"
    String oldState =
        """
        {"baseUrl": "%s/", "frontier": [{"url": "%s", "depth": 1}], "seen": ["%s"], "pages": 5, "errors": 2}
        """
            .formatted(base, disallowed, disallowed);
    long runId =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            INSERT INTO crawl_run (site_id, status, pages, errors, state, failure)
            VALUES (1, 'STOPPED', 5, 2, CAST(:state AS jsonb), 'interrupted') RETURNING id""")
                        .bind("state", oldState)
                        .mapTo(Long.class)
                        .one());

    Response resumed =
        client()
            .target(base() + "/api/crawls/" + runId + "/resume")
            .request()
            .post(Entity.json("{}"));
    assertThat(resumed.getStatus()).isEqualTo(202);
    JsonNode run = awaitFinished(runId);
    assertThat(run.get("status").asText()).isEqualTo("FINISHED");
    assertThat(run.get("pages").asInt()).isEqualTo(6);
    assertThat(run.get("errors").asInt())
        .as("the earlier errors stay, the skip is none")
        .isEqualTo(2);
    assertThat(run.get("skipped").asInt()).isEqualTo(1);
  }

  private static int count(String sql) {
    return DB.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }

  private static JsonNode awaitFinished(long runId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    JsonNode run = null;
    while (Instant.now().isBefore(deadline)) {
      Response r = client().target(base() + "/api/crawls/" + runId).request().get();
      if (r.getStatus() == 200) {
        run = r.readEntity(JsonNode.class);
        if (!"RUNNING".equals(run.get("status").asText())) {
          return run;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("crawl run " + runId + " did not finish in time: " + run);
  }

  @Test
  @Order(6)
  void aPageRobotsTxtNowRefusesIsShownAsNotFetchedRatherThanHttpZero() {
    int product = count("SELECT min(id) FROM product WHERE page_id IS NOT NULL");
    DB.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE page SET http_status = 0, error = 'disallowed by robots.txt'"
                        + " WHERE id = (SELECT page_id FROM product WHERE id = ?)",
                    product));
    String html = client().target(base() + "/producten/" + product).request().get(String.class);
    assertThat(html)
        .contains("(niet opgehaald: de robots.txt van de website sluit deze pagina uit)")
        .doesNotContain("(HTTP 0");
  }
}
