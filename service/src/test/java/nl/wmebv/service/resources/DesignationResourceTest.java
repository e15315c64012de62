package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The register's API rules: proposal and accept, validation (422), stale versions (409), viewers
 * (403).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DesignationResourceTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static Http anna;
  static Http viewer;
  static Inventory inv;
  static long m;
  static long other;
  static long site;

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "anna", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    anna = new Http(APP.getLocalPort(), "anna");
    viewer = anna.as("lezer");
    inv = new Inventory(DB.jdbi());
    long[] kampen = inv.municipality("kampen");
    m = kampen[0];
    site = kampen[1];
    other = inv.municipality("zwolle")[0];
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  /** A product with decisions and the channels its page offers ("TYPE url ok"). */
  static long product(
      long municipality,
      String name,
      Boolean inScope,
      String detected,
      String types,
      String... channels) {
    List<String> json = new ArrayList<>();
    for (String c : channels) {
      String[] f = c.split(" ");
      json.add(
          "{\"type\": \"%s\", \"target\": \"%s\", \"anchorText\": \"Aanvragen\", \"check\": {\"ok\": %s, \"status\": %s}}"
              .formatted(f[0], f[1], f[2], f[2].equals("true") ? "200" : "404"));
    }
    long id =
        inv.product(
            municipality,
            site,
            name,
            "/p/" + name.replace(' ', '-') + municipality,
            null,
            detected);
    inv.sql(
        "UPDATE product SET in_scope = ?, message_types = CAST(? AS text[]) WHERE id = ?",
        inScope,
        "{" + types + "}",
        id);
    inv.sql(
        "UPDATE page SET analysis = CAST(? AS jsonb) WHERE id = (SELECT page_id FROM product WHERE id = ?)",
        "{\"channels\": [" + String.join(",", json) + "]}",
        id);
    return id;
  }

  static String base(long municipality) {
    return "/api/municipalities/" + municipality + "/designations";
  }

  @Test
  void proposesFromTheDecisionsAndDesignatesOnlyWhatAnEditorAccepts() {
    long m = inv.municipality("deventer")[0];
    long kap =
        product(
            m,
            "Kapvergunning",
            true,
            "DIGITAL",
            "aanvraag",
            "NATIONAL_PORTAL https://omgevingsloket.nl/ true");
    long sloop =
        product(
            m,
            "Sloopmelding",
            true,
            "DIGITAL",
            "melding",
            "NATIONAL_PORTAL https://www.omgevingsloket.nl/melden true");
    long terras =
        product(m, "Terras", true, "DIGITAL", "aanvraag", "EMAIL mailto:terras@kampen.nl true");
    product(m, "Buiten scope", false, "DIGITAL", "aanvraag", "EMAIL mailto:uit@kampen.nl true");
    product(
        m,
        "Kapot",
        true,
        "BROKEN",
        "aanvraag",
        "EFORM_DIGID https://formulieren.kampen.nl/oud false");

    JsonNode proposals = anna.get(base(m) + "/proposals").body();
    assertThat(proposals).hasSize(2);
    JsonNode loket = proposals.get(0);
    assertThat(loket.get("kind").asText()).isEqualTo("OMGEVINGSLOKET");
    assertThat(loket.get("products").findValuesAsText("productName"))
        .containsExactly("Kapvergunning", "Sloopmelding");
    assertThat(anna.get(base(m)).body()).as("nothing designated before accepting").isEmpty();

    Http.Reply accepted =
        anna.post(
            base(m) + "/proposals/accept", "{\"keys\": [\"" + loket.get("key").asText() + "\"]}");
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    JsonNode register = anna.get(base(m)).body();
    assertThat(register).hasSize(1);
    assertThat(register.get(0).get("url").asText()).isEqualTo("https://omgevingsloket.nl/");
    assertThat(register.get(0).get("products").findValues("productId"))
        .extracting(JsonNode::asLong)
        .containsExactly(kap, sloop);
    assertThat(
            inv.count(
                "SELECT count(*) FROM audit_event WHERE entity_type = 'designated_channel'"
                    + " AND event = 'designation.proposal-accepted' AND entity_id = ?",
                register.get(0).get("id").asLong()))
        .isEqualTo(1);
    JsonNode left = anna.get(base(m) + "/proposals").body();
    assertThat(left).hasSize(1);
    assertThat(left.get(0).get("products").get(0).get("productId").asLong()).isEqualTo(terras);
    assertThat(
            anna.post(
                    base(m) + "/proposals/accept",
                    "{\"keys\": [\"" + loket.get("key").asText() + "\"]}")
                .status())
        .as("an accepted proposal is gone")
        .isEqualTo(422);
  }

  @Test
  void refusesInvalidChannelsWith422() {
    long zwolleProduct = product(other, "Paspoort", true, "NOT_DIGITAL", "aanvraag");
    for (String body :
        List.of(
            "{\"kind\": \"EMAIL\", \"name\": \"Post\", \"url\": \"https://kampen.nl\"}",
            "{\"kind\": \"SPECIFIC_FORM\", \"name\": \"Form\", \"url\": \"mailto:a@kampen.nl\"}",
            "{\"kind\": \"SPECIFIC_FORM\", \"name\": \"Form\", \"url\": \"javascript:alert(1)\"}",
            "{\"kind\": \"FAX\", \"name\": \"Fax\", \"url\": \"https://kampen.nl\"}",
            "{\"kind\": \"EMAIL\", \"name\": \" \", \"url\": \"mailto:a@kampen.nl\"}",
            "{\"kind\": \"EMAIL\", \"name\": \"Post\", \"url\": \"mailto:a@kampen.nl\", \"colour\": \"red\"}",
            "{\"kind\": \"EMAIL\", \"name\": \"Post\", \"url\": \"mailto:a@kampen.nl\", \"identification\": \"PIN\"}",
            "{\"kind\": \"EMAIL\", \"name\": \"Post\", \"url\": \"mailto:a@kampen.nl\", \"products\": [{\"productId\": "
                + zwolleProduct
                + "}]}")) {
      Http.Reply r = anna.post(base(m), body);
      assertThat(r.status()).as(body + " → " + r.text()).isEqualTo(422);
      assertThat(r.body().get("code").asInt()).isEqualTo(422);
    }
    assertThat(anna.get("/api/municipalities/9999/designations").status()).isEqualTo(404);
  }

  @Test
  void anUpdateOrDeleteBasedOnAnOldVersionIs409AndADuplicateUrlToo() {
    long p =
        product(
            m,
            "Klacht",
            true,
            "DIGITAL",
            "klacht",
            "EFORM_OPEN https://kampen.nl/form/klacht true");
    Http.Reply created =
        anna.post(
            base(m),
            """
        {"kind": "SPECIFIC_FORM", "name": "Klachtformulier", "url": "https://kampen.nl/form/klacht",
         "messageTypes": ["klacht"], "products": [{"productId": %d}]}"""
                .formatted(p));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long id = created.body().get("id").asLong();
    String path = base(m) + "/" + id;
    Http.Reply updated =
        anna.send(
            "PUT",
            path,
            """
        {"version": 1, "kind": "SPECIFIC_FORM", "name": "Klachtenformulier", "url": "https://kampen.nl/form/klacht",
         "domain": "Burgerzaken", "products": [{"productId": %d, "messageTypes": ["klacht"]}]}"""
                .formatted(p),
            null);
    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    assertThat(updated.body().get("version").asInt()).isEqualTo(2);

    Http.Reply stale =
        anna.send(
            "PUT",
            path,
            "{\"version\": 1, \"kind\": \"SPECIFIC_FORM\", \"name\": \"Oud\", \"url\": \"https://kampen.nl/x\"}",
            null);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body().get("current").get("name").asText()).isEqualTo("Klachtenformulier");
    assertThat(anna.delete(path + "?version=1").status()).isEqualTo(409);
    assertThat(
            anna.post(
                    base(m),
                    "{\"kind\": \"SPECIFIC_FORM\", \"name\": \"Dubbel\","
                        + " \"url\": \"http://www.kampen.nl/form/klacht/\"}")
                .status())
        .as("same URL twice")
        .isEqualTo(409);
    assertThat(anna.delete(path + "?version=2").status()).isEqualTo(204);
    assertThat(anna.get(path).status()).isEqualTo(404);
    assertThat(
            inv.count(
                "SELECT count(*) FROM audit_event WHERE entity_type = 'designated_channel' AND entity_id = ?",
                id))
        .isEqualTo(3);
  }

  @Test
  void aViewerReadsButCannotChangeTheRegister() {
    String body = "{\"kind\": \"EMAIL\", \"name\": \"Post\", \"url\": \"mailto:lezer@kampen.nl\"}";
    assertThat(viewer.get(base(m)).status()).isEqualTo(200);
    assertThat(viewer.get(base(m) + "/checks").status()).isEqualTo(200);
    assertThat(viewer.post(base(m), body).status()).isEqualTo(403);
    assertThat(viewer.post(base(m) + "/proposals/accept", "{\"keys\": [\"x\"]}").status())
        .isEqualTo(403);
    assertThat(viewer.send("PUT", base(m) + "/1", body, null).status()).isEqualTo(403);
    assertThat(viewer.delete(base(m) + "/1?version=1").status()).isEqualTo(403);
    assertThat(
            viewer
                .post("/api/municipalities/" + m + "/designation-decision/versions", null)
                .status())
        .isEqualTo(403);
  }

  @Test
  void theWebFormUsesTheSameRules() {
    var client = APP.client().property("jersey.config.client.followRedirects", false);
    // as a browser: the session cookie and its CSRF token (web forms refuse HTTP Basic for changes)
    var session = new nl.wmebv.service.SessionLogin(APP.getLocalPort()).login("anna");
    String url = "http://localhost:" + APP.getLocalPort() + "/aanwijzing/kanalen";
    var form =
        new jakarta.ws.rs.core.Form()
            .param("gemeente", String.valueOf(m))
            .param("kind", "EMAIL")
            .param("name", "Balie")
            .param("url", "https://kampen.nl/balie")
            .param("identification", "NONE");
    var refused =
        client
            .target(url)
            .request()
            .cookie("WMEBV_SESSION", session.cookie())
            .header("X-CSRF-Token", session.csrf())
            .post(jakarta.ws.rs.client.Entity.form(form));
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.readEntity(String.class))
        .contains("Het kanaal is niet opgeslagen", "mailto:");
    form.asMap().putSingle("url", "mailto:balie@kampen.nl");
    form.param("active", "on");
    var saved =
        client
            .target(url)
            .request()
            .cookie("WMEBV_SESSION", session.cookie())
            .header("X-CSRF-Token", session.csrf())
            .post(jakarta.ws.rs.client.Entity.form(form));
    assertThat(saved.getStatus()).isEqualTo(303);
    assertThat(anna.get(base(m)).body().findValuesAsText("url")).contains("mailto:balie@kampen.nl");
    var page =
        client
            .target(url + "/nieuw?gemeente=" + m)
            .request()
            .cookie("WMEBV_SESSION", session.cookie())
            .header("X-CSRF-Token", session.csrf())
            .get();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.readEntity(String.class))
        .contains("Kanaal aanwijzen", "Specifiek webformulier");
  }
}
