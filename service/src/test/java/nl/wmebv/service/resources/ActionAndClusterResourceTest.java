package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import nl.wmebv.service.Http;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Actions (CRUD with version), clusters, cluster rules and the audit log through the API. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ActionAndClusterResourceTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static Http http;
  static Inventory inv;
  static long m;
  static long site;

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "anna", Role.ADMIN); // clusters and municipalities are an admin's
    http = new Http(APP.getLocalPort(), "anna");
    inv = new Inventory(DB.jdbi());
    long[] kampen = inv.municipality("kampen");
    m = kampen[0];
    site = kampen[1];
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void createsListsUpdatesAndDeletesActionsWithTheirVersionAndAudit() {
    long product = inv.product(m, site, "Paspoort", "/paspoort", null, "NONE");
    String actions = "/api/products/" + product + "/actions";
    Http.Reply created =
        http.post(
            actions,
            """
        {"type": "CREATE_EFORM", "description": "E-formulier maken", "owner": "Team Digitaal",
         "deadline": "2026-03-01"}""");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode a = created.body();
    assertThat(a.get("status").asText()).isEqualTo("OPEN");
    assertThat(a.get("deadline").asText()).isEqualTo("2026-03-01");
    assertThat(a.get("version").asInt()).isEqualTo(1);
    String path = "/api/actions/" + a.get("id").asLong();
    assertThat(http.get(actions).body()).hasSize(1);

    Http.Reply updated =
        http.patch(path, "{\"version\": 1, \"status\": \"IN_PROGRESS\", \"owner\": \"Jan\"}", null);
    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    assertThat(updated.body().get("version").asInt()).isEqualTo(2);
    assertThat(updated.body().get("type").asText()).isEqualTo("CREATE_EFORM");

    Http.Reply stale = http.patch(path, "{\"version\": 1, \"status\": \"DONE\"}", null);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body().get("current").get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(http.delete(path + "?version=1").status()).isEqualTo(409);
    assertThat(http.delete(path).status()).isEqualTo(400);

    Http.Reply invalid =
        http.patch(
            path,
            "{\"version\": 2, \"type\": \"PAINT\", \"deadline\": \"1 maart\", \"x\": 1}",
            null);
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body().get("errors").toString())
        .contains("type must be one of", "deadline must be a date", "x is not a known field");
    assertThat(
            http.post(actions, "{\"owner\": \"Jan\", \"version\": 1}")
                .body()
                .get("errors")
                .toString())
        .contains("type is required", "version is not a known field");

    assertThat(http.delete(path + "?version=2").status()).isEqualTo(204);
    assertThat(http.get(actions).body()).isEmpty();
    JsonNode audit = http.get("/api/products/" + product).body().get("audit");
    assertThat(audit)
        .extracting(e -> e.get("event").asText())
        .containsExactly("action.deleted", "action.updated", "action.created");
    assertThat(audit.get(1).get("changes").get("status").get("from").asText()).isEqualTo("OPEN");
    assertThat(audit.get(1).get("changes").get("status").get("to").asText())
        .isEqualTo("IN_PROGRESS");
    assertThat(audit.get(1).get("changes").has("type")).isFalse();
    assertThat(audit.get(0).get("changes").get("owner").get("from").asText()).isEqualTo("Jan");

    assertThat(http.get("/api/products/999999/actions").status()).isEqualTo(404);
    assertThat(http.post("/api/products/999999/actions", "{\"type\": \"NONE\"}").status())
        .isEqualTo(404);
    assertThat(http.patch("/api/actions/999999", "{\"version\": 1}", null).status()).isEqualTo(404);
    assertThat(http.delete("/api/actions/999999?version=1").status()).isEqualTo(404);
  }

  @Test
  void addsAndRemovesClustersAndTheirRules() {
    String clusters = "/api/municipalities/" + m + "/clusters";
    Http.Reply created = http.post(clusters, "{\"name\": \"Wonen\", \"position\": 9}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long wonen = created.body().get("id").asLong();
    assertThat(http.post(clusters, "{\"name\": \"Wonen\"}").status()).isEqualTo(409);
    assertThat(
            http.post(clusters, "{\"name\": \" \", \"colour\": 1}").body().get("errors").toString())
        .contains("name is required", "colour is not a known field");
    assertThat(http.post("/api/municipalities/999999/clusters", "{\"name\": \"X\"}").status())
        .isEqualTo(404);

    String rules = "/api/municipalities/" + m + "/cluster-rules";
    Http.Reply rule =
        http.post(
            rules,
            "{\"clusterId\": "
                + wonen
                + ", \"kind\": \"URL\", \"pattern\": \"^/wonen/\", \"position\": 1}");
    assertThat(rule.status()).as(rule.text()).isEqualTo(201);
    assertThat(http.get(rules).body())
        .extracting(r -> r.get("pattern").asText())
        .containsExactly("^/wonen/");
    Http.Reply badRegex =
        http.post(
            rules, "{\"clusterId\": " + wonen + ", \"kind\": \"NAME\", \"pattern\": \"(bouw\"}");
    assertThat(badRegex.status()).isEqualTo(422);
    assertThat(badRegex.body().get("errors").get(0).asText())
        .startsWith("pattern is not a valid regular expression");
    assertThat(
            http.post(rules, "{\"clusterId\": 999999, \"kind\": \"CATEGORY\"}")
                .body()
                .get("errors")
                .toString())
        .contains(
            "kind must be one of WORDS, URL_PREFIX, URL, NAME, UNIFORM_NAME",
            "pattern is required");
    assertThat(
            http.post(rules, "{\"clusterId\": 999999, \"kind\": \"NAME\", \"pattern\": \"x\"}")
                .status())
        .isEqualTo(422);

    long product = inv.product(m, site, "Huurtoeslag", "/wonen/huurtoeslag", wonen, "NONE");
    assertThat(http.delete(clusters + "/" + wonen).status())
        .as("still holds a product")
        .isEqualTo(409);
    inv.sql("DELETE FROM product WHERE id = ?", product);
    assertThat(http.delete(rules + "/" + rule.body().get("id").asLong()).status()).isEqualTo(204);
    assertThat(http.delete(rules + "/999999").status()).isEqualTo(404);
    assertThat(http.delete(clusters + "/" + wonen).status()).isEqualTo(204);
    assertThat(http.delete(clusters + "/" + wonen).status()).isEqualTo(404);

    JsonNode log = http.get("/api/municipalities/" + m + "/audit?size=3").body();
    assertThat(log.get("total").asLong()).isEqualTo(4);
    assertThat(log.get("size").asInt()).isEqualTo(3);
    assertThat(log.get("items"))
        .extracting(e -> e.get("event").asText())
        .containsExactly("cluster.deleted", "cluster_rule.deleted", "cluster_rule.created");
    assertThat(log.get("items").get(0).get("changes").get("name").get("from").asText())
        .isEqualTo("Wonen");
    assertThat(
            http.get("/api/municipalities/" + m + "/audit?page=2&size=3")
                .body()
                .get("items")
                .get(0)
                .get("event")
                .asText())
        .isEqualTo("cluster.created");
    assertThat(http.get("/api/municipalities/999999/audit").status()).isEqualTo(404);
    assertThat(http.get("/api/municipalities/" + m + "/audit?size=500").status()).isEqualTo(400);
  }
}
