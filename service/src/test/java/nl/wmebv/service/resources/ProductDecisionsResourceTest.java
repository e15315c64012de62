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

/** PATCH /api/products/{id}: a person's decisions, the audit trail, the 409 and the 422 paths. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProductDecisionsResourceTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static Http anna;
  static Http bram;
  static Inventory inv;
  static long m;
  static long site;
  static long cluster;
  static long otherCluster;

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "anna", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "bram", Role.EDITOR);
    anna = new Http(APP.getLocalPort(), "anna");
    bram = anna.as("bram");
    inv = new Inventory(DB.jdbi());
    long[] kampen = inv.municipality("kampen");
    m = kampen[0];
    site = kampen[1];
    cluster = inv.cluster(m, "Burgerzaken", 1);
    otherCluster = inv.cluster(inv.municipality("zwolle")[0], "Burgerzaken", 1);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  private static long product(String name) {
    long id = inv.product(m, site, name, "/p/" + name, null, "NOT_DIGITAL");
    inv.sql("UPDATE product SET is_new = true, review_reason = 'new page' WHERE id = ?", id);
    return id;
  }

  private static JsonNode audit(long productId) {
    return anna.get("/api/products/" + productId).body().get("audit");
  }

  @Test
  void appliesTheDecisionsAndAuditsExactlyTheFieldsThatChanged() {
    long id = product("paspoort");
    Http.Reply r =
        anna.patch(
            "/api/products/" + id,
            """
        {"version": 1, "clusterId": %d, "inScope": true, "messageTypes": ["aanvraag", "bezwaar"],
         "channelStatusOverride": "DIGITAL", "textStatus": "NOT_REVIEWED", "notes": "Via formulierenplatform",
         "reviewed": true}"""
                .formatted(cluster),
            null);

    assertThat(r.status()).as(r.text()).isEqualTo(200);
    JsonNode p = r.body();
    assertThat(p.get("version").asInt()).isEqualTo(2);
    assertThat(p.get("clusterId").asLong()).isEqualTo(cluster);
    assertThat(p.get("clusterSetByPerson").asBoolean()).isTrue();
    assertThat(p.get("detectedChannelStatus").asText()).isEqualTo("NOT_DIGITAL");
    assertThat(p.get("channelStatusOverride").asText()).isEqualTo("DIGITAL");
    assertThat(p.get("channelStatus").asText()).isEqualTo("DIGITAL");
    assertThat(p.get("isNew").asBoolean()).isFalse();

    JsonNode events = audit(id);
    assertThat(events).hasSize(1);
    JsonNode e = events.get(0);
    assertThat(e.get("event").asText()).isEqualTo("product.updated");
    assertThat(e.get("entityType").asText()).isEqualTo("product");
    assertThat(e.get("actor").asText()).isEqualTo("anna");
    JsonNode c = e.get("changes");
    assertThat(c.get("inScope").get("from").isNull()).isTrue();
    assertThat(c.get("inScope").get("to").asBoolean()).isTrue();
    assertThat(c.get("channelStatusOverride").get("to").asText()).isEqualTo("DIGITAL");
    assertThat(c.get("messageTypes").get("to")).hasSize(2);
    assertThat(c.get("isNew").get("from").asBoolean()).isTrue();
    assertThat(c.get("reviewReason").get("from").asText()).isEqualTo("new page");
    assertThat(c.has("textStatus")).as("unchanged fields are not audited").isFalse();

    Http.Reply clear =
        anna.patch(
            "/api/products/" + id,
            "{\"version\": 2, \"channelStatusOverride\": null, \"notes\": \"\"}",
            null);
    assertThat(clear.body().get("channelStatus").asText()).isEqualTo("ABSENT");
    assertThat(clear.body().get("notes").isNull()).isTrue();
    assertThat(audit(id).get(0).get("changes").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("channelStatusOverride", "notes");

    Http.Reply same =
        anna.patch("/api/products/" + id, "{\"version\": 3, \"inScope\": true}", null);
    assertThat(same.body().get("version").asInt())
        .as("nothing changed, nothing written")
        .isEqualTo(3);
    assertThat(audit(id)).hasSize(2);
  }

  @Test
  void theSecondOfTwoConsultantsWhoReadTheSameVersionGets409WithTheCurrentState() {
    long id = product("bijstand");
    assertThat(anna.get("/api/products/" + id).body().get("product").get("version").asInt())
        .isEqualTo(1);
    assertThat(bram.get("/api/products/" + id).body().get("product").get("version").asInt())
        .isEqualTo(1);

    assertThat(
            anna.patch(
                    "/api/products/" + id, "{\"version\": 1, \"textStatus\": \"APPROVED\"}", null)
                .status())
        .isEqualTo(200);
    Http.Reply late =
        bram.patch(
            "/api/products/" + id, "{\"version\": 1, \"inScope\": false, \"notes\": \"B\"}", null);

    assertThat(late.status()).as(late.text()).isEqualTo(409);
    assertThat(late.body().get("code").asInt()).isEqualTo(409);
    assertThat(late.body().get("message").asText()).contains("version 2");
    assertThat(late.body().get("current").get("textStatus").asText()).isEqualTo("APPROVED");
    assertThat(late.body().get("current").get("version").asInt()).isEqualTo(2);
    JsonNode stored = anna.get("/api/products/" + id).body();
    assertThat(stored.get("product").get("inScope").isNull())
        .as("nothing of B's change stored")
        .isTrue();
    assertThat(stored.get("product").get("notes").isNull()).isTrue();
    assertThat(stored.get("audit")).hasSize(1);
    assertThat(stored.get("audit").get(0).get("actor").asText()).isEqualTo("anna");
  }

  @Test
  void refusesInvalidInputWithAMessagePerField() {
    long id = product("afval");
    String path = "/api/products/" + id;
    Http.Reply r =
        anna.patch(
            path,
            """
        {"textStatus": "DONE", "channelStatusOverride": "GREEN", "inScope": "yes", "messageTypes": "aanvraag",
         "clusterId": -1, "reviewed": false, "colour": "blue"}""",
            null);
    assertThat(r.status()).as(r.text()).isEqualTo(422);
    assertThat(
            String.join("\n", r.body().findValuesAsText("errors"))
                + r.body().get("errors").toString())
        .contains(
            "version is required",
            "textStatus must be one of",
            "channelStatusOverride must be one of",
            "inScope must be true or false",
            "messageTypes must be a list",
            "clusterId must be a positive",
            "reviewed can only be true",
            "colour is not a known field");

    Http.Reply foreign =
        anna.patch(path, "{\"version\": 1, \"clusterId\": " + otherCluster + "}", null);
    assertThat(foreign.status()).isEqualTo(422);
    assertThat(foreign.body().get("errors").get(0).asText())
        .contains("not a cluster of this municipality");
    assertThat(anna.patch(path, "{\"version\": 1, \"textStatus\": null}", null).status())
        .isEqualTo(422);
    assertThat(anna.patch(path, "[1, 2]", null).status()).isIn(400, 422);
    assertThat(anna.patch(path, "{not json", null).status()).isEqualTo(400);
    assertThat(anna.get(path).body().get("product").get("version").asInt())
        .as("nothing written")
        .isEqualTo(1);

    assertThat(
            anna.patch("/api/products/999999", "{\"version\": 1, \"inScope\": true}", null)
                .status())
        .isEqualTo(404);
  }
}
