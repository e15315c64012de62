package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.OffsetDateTime;
import nl.wmebv.service.Http;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.SessionLogin;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PATCH of clusters and cluster rules, PATCH and DELETE of planned cluster sessions, through the
 * API.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ClusterAndSessionEditResourceTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static Http http;
  static Http viewer;
  static Http editor;
  static Inventory inv;
  static long m;
  static long other;
  static long site;

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "anna", Role.ADMIN); // clusters and municipalities are an admin's
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    http = new Http(APP.getLocalPort(), "anna");
    viewer = http.as("lezer");
    TestUsers.create(DB.jdbi(), "bram", Role.EDITOR);
    editor = http.as("bram");
    inv = new Inventory(DB.jdbi());
    long[] zwolle = inv.municipality("zwolle");
    m = zwolle[0];
    site = zwolle[1];
    other = inv.municipality("deventer")[0];
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void renamesAndMovesAClusterAuditingExactlyWhatChanged() {
    String clusters = "/api/municipalities/" + m + "/clusters";
    long wonen =
        http.post(clusters, "{\"name\": \"Wonen\", \"position\": 3}").body().get("id").asLong();
    http.post(clusters, "{\"name\": \"Werk\", \"position\": 4}");
    long elsewhere = inv.cluster(other, "Elders", 1);

    Http.Reply renamed =
        http.patch(clusters + "/" + wonen, "{\"name\": \" Wonen en Bouwen \"}", null);
    assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
    assertThat(renamed.body().get("name").asText()).isEqualTo("Wonen en Bouwen");
    assertThat(renamed.body().get("position").asInt()).isEqualTo(3);
    Http.Reply moved = http.patch(clusters + "/" + wonen, "{\"position\": 7}", null);
    assertThat(moved.body().get("position").asInt()).isEqualTo(7);
    assertThat(moved.body().get("name").asText()).isEqualTo("Wonen en Bouwen");
    assertThat(http.get("/api/municipalities/" + m).body().get("clusters"))
        .extracting(c -> c.get("name").asText())
        .containsExactly("Werk", "Wonen en Bouwen");

    Http.Reply duplicate = http.patch(clusters + "/" + wonen, "{\"name\": \"Werk\"}", null);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.body().get("message").asText())
        .contains("already has a cluster named \"Werk\"");
    assertThat(http.patch(clusters + "/999999", "{\"name\": \"X\"}", null).status()).isEqualTo(404);
    assertThat(http.patch(clusters + "/" + elsewhere, "{\"name\": \"X\"}", null).status())
        .as("a cluster of another municipality")
        .isEqualTo(404);
    assertThat(
            http.patch("/api/municipalities/999999/clusters/" + wonen, "{\"name\": \"X\"}", null)
                .status())
        .isEqualTo(404);

    Http.Reply invalid =
        http.patch(
            clusters + "/" + wonen,
            "{\"name\": \" \", \"position\": -1, \"colour\": \"red\"}",
            null);
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body().get("errors").toString())
        .contains(
            "name is required and must not be blank",
            "position must be a whole number from 0 to 10000",
            "colour is not a known field");
    assertThat(http.patch(clusters + "/" + wonen, "{}", null).body().get("errors").toString())
        .contains("give name and/or position");
    assertThat(
            http.patch(clusters + "/" + wonen, "{\"position\": null}", null)
                .body()
                .get("errors")
                .toString())
        .contains("position is required");

    assertThat(editor.patch(clusters + "/" + wonen, "{\"name\": \"Stiekem\"}", null).status())
        .as("clusters are an admin's, an editor records decisions")
        .isEqualTo(403);
    Http.Reply refused = viewer.patch(clusters + "/" + wonen, "{\"name\": \"Stiekem\"}", null);
    assertThat(refused.status()).isEqualTo(403);

    JsonNode log = http.get("/api/municipalities/" + m + "/audit?size=10").body().get("items");
    JsonNode updates = filter(log, "cluster.updated");
    assertThat(updates).hasSize(2);
    assertThat(fields(updates.get(0))).isEqualTo("position: 3 -> 7");
    assertThat(fields(updates.get(1))).isEqualTo("name: Wonen -> Wonen en Bouwen");
    assertThat(updates.get(1).get("actor").asText()).isEqualTo("anna");
    assertThat(updates.get(1).get("entityId").asLong()).isEqualTo(wonen);
    assertThat(inv.count("SELECT count(*) FROM cluster WHERE name = 'Stiekem'")).isZero();
  }

  @Test
  void changesARuleInPlaceValidatedLikeANewOne() {
    String clusters = "/api/municipalities/" + m + "/clusters";
    long a = http.post(clusters, "{\"name\": \"Regels A\"}").body().get("id").asLong();
    long b = http.post(clusters, "{\"name\": \"Regels B\"}").body().get("id").asLong();
    long elsewhere = inv.cluster(other, "Regels elders", 1);
    String rules = "/api/municipalities/" + m + "/cluster-rules";
    long rule =
        http.post(
                rules,
                "{\"clusterId\": "
                    + a
                    + ", \"kind\": \"NAME\", \"pattern\": \"paspoort\", "
                    + "\"position\": 2}")
            .body()
            .get("id")
            .asLong();

    Http.Reply changed =
        http.patch(
            rules + "/" + rule,
            "{\"clusterId\": "
                + b
                + ", \"kind\": \"URL\", "
                + "\"pattern\": \"^/burgerzaken/\", \"position\": 5}",
            null);
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.body().get("clusterId").asLong()).isEqualTo(b);
    assertThat(changed.body().get("kind").asText()).isEqualTo("URL");
    assertThat(changed.body().get("pattern").asText()).isEqualTo("^/burgerzaken/");
    assertThat(changed.body().get("position").asInt()).isEqualTo(5);
    Http.Reply onlyPattern = http.patch(rules + "/" + rule, "{\"pattern\": \"^/bz/\"}", null);
    assertThat(onlyPattern.body().get("kind").asText()).isEqualTo("URL");
    assertThat(http.get(rules).body())
        .filteredOn(r -> r.get("id").asLong() == rule)
        .extracting(r -> r.get("pattern").asText())
        .containsExactly("^/bz/");

    Http.Reply badRegex = http.patch(rules + "/" + rule, "{\"pattern\": \"(bouw\"}", null);
    assertThat(badRegex.status()).isEqualTo(422);
    assertThat(badRegex.body().get("errors").get(0).asText())
        .startsWith("pattern is not a valid regular expression");
    assertThat(
            http.patch(
                    rules + "/" + rule,
                    "{\"kind\": \"CATEGORY\", \"pattern\": \"\", \"clusterId\": 0, "
                        + "\"extra\": 1}",
                    null)
                .body()
                .get("errors")
                .toString())
        .contains(
            "kind must be one of WORDS, URL_PREFIX, URL, NAME, UNIFORM_NAME",
            "pattern is required",
            "clusterId must be a positive whole number",
            "extra is not a known field");
    Http.Reply foreignCluster =
        http.patch(rules + "/" + rule, "{\"clusterId\": " + elsewhere + "}", null);
    assertThat(foreignCluster.status()).isEqualTo(422);
    assertThat(foreignCluster.body().get("errors").get(0).asText())
        .contains("is not a cluster of this municipality");
    assertThat(http.patch(rules + "/999999", "{\"position\": 1}", null).status()).isEqualTo(404);
    assertThat(
            http.patch(
                    "/api/municipalities/" + other + "/cluster-rules/" + rule,
                    "{\"position\": 1}",
                    null)
                .status())
        .as("a rule of another municipality")
        .isEqualTo(404);
    assertThat(viewer.patch(rules + "/" + rule, "{\"position\": 1}", null).status()).isEqualTo(403);
    assertThat(editor.patch(rules + "/" + rule, "{\"position\": 1}", null).status())
        .as("rules are an admin's")
        .isEqualTo(403);
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_rule WHERE id = ? AND pattern = '^/bz/' AND position = 5",
                rule))
        .isEqualTo(1);

    JsonNode updates =
        filter(
            http.get("/api/municipalities/" + m + "/audit?size=20").body().get("items"),
            "cluster_rule.updated");
    assertThat(updates).hasSize(2);
    assertThat(fields(updates.get(0))).isEqualTo("pattern: ^/burgerzaken/ -> ^/bz/");
    assertThat(fields(updates.get(1)))
        .isEqualTo(
            "clusterId: "
                + a
                + " -> "
                + b
                + ", kind: NAME -> URL, "
                + "pattern: paspoort -> ^/burgerzaken/, position: 2 -> 5");
    assertThat(updates.get(1).get("entityType").asText()).isEqualTo("cluster_rule");
  }

  @Test
  void changesAndDeletesAPlannedSessionButNeverOneThatStarted() {
    long cluster = inv.cluster(m, "Sessies A", 20);
    long cluster2 = inv.cluster(m, "Sessies B", 21);
    long elsewhere = inv.cluster(other, "Sessies elders", 1);
    long planned = session(cluster, "PLANNED");

    Http.Reply changed =
        http.patch(
            "/api/sessions/" + planned,
            "{\"plannedAt\": \"2026-06-02T10:15\", "
                + "\"participants\": \"Anna, Bram\", \"clusterId\": "
                + cluster2
                + "}",
            null);
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.body().get("clusterId").asLong()).isEqualTo(cluster2);
    assertThat(changed.body().get("clusterName").asText()).isEqualTo("Sessies B");
    assertThat(changed.body().get("participants").asText()).isEqualTo("Anna, Bram");
    assertThat(OffsetDateTime.parse(changed.body().get("plannedAt").asText()).toInstant())
        .as("a time without offset is Dutch time")
        .isEqualTo(OffsetDateTime.parse("2026-06-02T10:15+02:00").toInstant());
    Http.Reply withOffset =
        http.patch("/api/sessions/" + planned, "{\"plannedAt\": \"2026-06-03T08:00:00Z\"}", null);
    assertThat(OffsetDateTime.parse(withOffset.body().get("plannedAt").asText()).toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-06-03T08:00:00Z").toInstant());
    assertThat(withOffset.body().get("participants").asText())
        .as("untouched")
        .isEqualTo("Anna, Bram");

    Http.Reply invalid =
        http.patch(
            "/api/sessions/" + planned,
            "{\"plannedAt\": \"morgen\", \"clusterId\": -2, " + "\"status\": \"DONE\"}",
            null);
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body().get("errors").toString())
        .contains(
            "plannedAt must be a date and time",
            "clusterId must be a positive whole number",
            "status is not a known field");
    Http.Reply foreign =
        http.patch("/api/sessions/" + planned, "{\"clusterId\": " + elsewhere + "}", null);
    assertThat(foreign.status()).isEqualTo(422);
    assertThat(foreign.body().get("errors").get(0).asText())
        .contains("is not a cluster of municipality " + m);
    assertThat(http.patch("/api/sessions/999999", "{\"participants\": \"x\"}", null).status())
        .isEqualTo(404);
    assertThat(http.delete("/api/sessions/999999").status()).isEqualTo(404);
    assertThat(viewer.patch("/api/sessions/" + planned, "{\"participants\": \"x\"}", null).status())
        .isEqualTo(403);
    assertThat(viewer.delete("/api/sessions/" + planned).status()).isEqualTo(403);

    long started = session(cluster, "IN_PROGRESS");
    long product = inv.product(m, site, "Paspoort", "/paspoort-" + started, null, "NONE");
    inv.sql(
        "INSERT INTO session_decision (session_id, product_id, decided_by, decision) VALUES (?, ?, 'anna', '{}')",
        started,
        product);
    long done = session(cluster, "DONE");
    for (long id : new long[] {started, done}) {
      Http.Reply refusedDelete = http.delete("/api/sessions/" + id);
      assertThat(refusedDelete.status()).isEqualTo(409);
      assertThat(refusedDelete.body().get("message").asText())
          .contains("only a planned session can be deleted (its decisions are kept)");
      Http.Reply refusedPatch =
          http.patch("/api/sessions/" + id, "{\"participants\": \"x\"}", null);
      assertThat(refusedPatch.status()).isEqualTo(409);
      assertThat(refusedPatch.body().get("message").asText())
          .contains("only a planned session can be changed");
    }
    assertThat(inv.count("SELECT count(*) FROM session_decision WHERE session_id = ?", started))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id IN (?, ?) AND participants = ''",
                started,
                done))
        .isEqualTo(2);
    Http.Reply clusterWithSessions =
        http.delete("/api/municipalities/" + m + "/clusters/" + cluster);
    assertThat(clusterWithSessions.status())
        .as("its sessions' decisions would go with it")
        .isEqualTo(409);
    assertThat(clusterWithSessions.body().get("message").asText()).contains("cluster session(s)");

    assertThat(http.delete("/api/sessions/" + planned).status()).isEqualTo(204);
    assertThat(http.get("/api/sessions/" + planned).status()).isEqualTo(404);
    assertThat(http.delete("/api/sessions/" + planned).status()).isEqualTo(404);
  }

  @Test
  void aChangeWithTheSessionCookieNeedsTheCsrfToken() {
    String clusters = "/api/municipalities/" + m + "/clusters";
    long c = http.post(clusters, "{\"name\": \"Csrf\"}").body().get("id").asLong();
    long rule =
        http.post(
                "/api/municipalities/" + m + "/cluster-rules",
                "{\"clusterId\": " + c + ", \"kind\": \"NAME\", \"pattern\": \"csrf\"}")
            .body()
            .get("id")
            .asLong();
    long planned = session(c, "PLANNED");
    SessionLogin browser = new SessionLogin(APP.getLocalPort());
    SessionLogin.Session anna = browser.login("anna");
    String json = "application/json";
    assertThat(
            browser
                .send(anna, "PATCH", clusters + "/" + c, json, "{\"name\": \"Vervalst\"}", json)
                .status())
        .isEqualTo(403);
    assertThat(
            browser
                .send(
                    anna,
                    "PATCH",
                    "/api/municipalities/" + m + "/cluster-rules/" + rule,
                    json,
                    "{\"pattern\": \"x\"}",
                    json)
                .status())
        .isEqualTo(403);
    assertThat(
            browser
                .send(
                    anna,
                    "PATCH",
                    "/api/sessions/" + planned,
                    json,
                    "{\"participants\": \"x\"}",
                    json)
                .status())
        .isEqualTo(403);
    assertThat(browser.send(anna, "DELETE", "/api/sessions/" + planned, null, null, json).status())
        .isEqualTo(403);
    assertThat(inv.count("SELECT count(*) FROM cluster WHERE id = ? AND name = 'Csrf'", c))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND participants = ''", planned))
        .isEqualTo(1);

    SessionLogin.Reply withToken =
        send(browser, anna, "PATCH", clusters + "/" + c, "{\"name\": \"Echt\"}");
    assertThat(withToken.status()).as(withToken.body()).isEqualTo(200);
    assertThat(send(browser, anna, "DELETE", "/api/sessions/" + planned, null).status())
        .isEqualTo(204);
  }

  private static SessionLogin.Reply send(
      SessionLogin browser, SessionLogin.Session s, String method, String path, String json) {
    return browser.sendWithToken(s, method, path, json);
  }

  private static long session(long cluster, String status) {
    return inv.count(
        """
        INSERT INTO cluster_session (municipality_id, cluster_id, planned_at, status, started_at, finished_at, created_by)
        SELECT municipality_id, id, now(), ?, CASE WHEN ? <> 'PLANNED' THEN now() END,
               CASE WHEN ? = 'DONE' THEN now() END, 'anna' FROM cluster WHERE id = ? RETURNING id""",
        status,
        status,
        status,
        cluster);
  }

  /** The event's changes as "field: from -> to", by field name (jsonb keeps no key order). */
  private static String fields(JsonNode event) {
    java.util.List<String> out = new java.util.ArrayList<>();
    event
        .get("changes")
        .properties()
        .forEach(
            f ->
                out.add(
                    f.getKey()
                        + ": "
                        + f.getValue().get("from").asText()
                        + " -> "
                        + f.getValue().get("to").asText()));
    java.util.Collections.sort(out);
    return String.join(", ", out);
  }

  private static JsonNode filter(JsonNode items, String event) {
    com.fasterxml.jackson.databind.node.ArrayNode out =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    items.forEach(
        e -> {
          if (e.get("event").asText().equals(event)) {
            out.add(e);
          }
        });
    return out;
  }
}
