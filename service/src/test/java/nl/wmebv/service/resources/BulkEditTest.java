package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
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
 * The bulk edit of products: all of them or none, validated as the PATCH of one, through the API
 * and the web form.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BulkEditTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static Http http;
  static Inventory inv;

  @BeforeAll
  static void users() {
    TestUsers.create(DB.jdbi(), "bram", Role.EDITOR); // an editor records decisions
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    http = new Http(APP.getLocalPort(), "bram");
    inv = new Inventory(DB.jdbi());
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  private static String body(long a, int va, long b, int vb, String set) {
    return "{\"productIds\": ["
        + a
        + ", "
        + b
        + "], \"versions\": {\""
        + a
        + "\": "
        + va
        + ", \""
        + b
        + "\": "
        + vb
        + "}, \"set\": "
        + set
        + "}";
  }

  @Test
  void setsTheFieldsOnAllProductsWithOneAuditEventEach() {
    long[] z = inv.municipality("zwolle");
    long wonen = inv.cluster(z[0], "Wonen", 1);
    long a = inv.product(z[0], z[1], "Huurtoeslag", "/huurtoeslag", null, "NONE");
    long b = inv.product(z[0], z[1], "Bijstand", "/bijstand", null, "NONE");
    long untouched = inv.product(z[0], z[1], "Paspoort", "/paspoort", null, "NONE");

    Http.Reply done =
        http.post(
            "/api/municipalities/" + z[0] + "/products/bulk",
            body(
                a,
                1,
                b,
                1,
                "{\"clusterId\": "
                    + wonen
                    + ", \"inScope\": true, \"messageTypes\": [\"aanvraag\"], "
                    + "\"channelStatusOverride\": \"DIGITAL\", \"textStatus\": \"APPROVED\"}"));
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    assertThat(done.body().get("updated").asInt()).isEqualTo(2);
    assertThat(done.body().get("products"))
        .extracting(p -> p.get("version").asInt())
        .containsExactly(2, 2);
    assertThat(done.body().get("products").get(0).get("clusterSetByPerson").asBoolean()).isTrue();
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id IN (?, ?) AND cluster_id = ? AND in_scope "
                    + "AND message_types = ARRAY['aanvraag'] AND channel_status_override = 'DIGITAL' AND text_status = 'APPROVED' "
                    + "AND cluster_set_by_person",
                a,
                b,
                wonen))
        .isEqualTo(2);
    assertThat(
            inv.count(
                "SELECT count(*) FROM audit_event WHERE event = 'product.updated' AND actor = 'bram' "
                    + "AND product_id IN (?, ?)",
                a,
                b))
        .isEqualTo(2);
    assertThat(inv.count("SELECT version FROM product WHERE id = ?", untouched)).isEqualTo(1);

    Http.Reply again =
        http.post(
            "/api/municipalities/" + z[0] + "/products/bulk",
            body(a, 2, b, 2, "{\"textStatus\": \"APPROVED\"}"));
    assertThat(again.body().get("updated").asInt())
        .as("nothing to change, nothing written")
        .isZero();
    assertThat(inv.count("SELECT count(*) FROM product WHERE id IN (?, ?) AND version = 2", a, b))
        .isEqualTo(2);
  }

  @Test
  void aStaleVersionOfAnyProductIsA409ListingThemAndNothingChanges() {
    long[] d = inv.municipality("deventer");
    long a = inv.product(d[0], d[1], "Huurtoeslag", "/huurtoeslag", null, "NONE");
    long b = inv.product(d[0], d[1], "Bijstand", "/bijstand", null, "NONE");
    inv.sql("UPDATE product SET version = 3 WHERE id = ?", b);

    Http.Reply stale =
        http.post(
            "/api/municipalities/" + d[0] + "/products/bulk",
            body(a, 1, b, 2, "{\"textStatus\": \"REWRITTEN\"}"));
    assertThat(stale.status()).as(stale.text()).isEqualTo(409);
    assertThat(stale.body().get("message").asText())
        .contains("1 of the products were changed by someone else (" + b + ")")
        .contains("nothing was changed");
    assertThat(stale.body().get("current"))
        .extracting(p -> p.get("id").asLong())
        .containsExactly(b);
    assertThat(stale.body().get("current").get(0).get("version").asInt()).isEqualTo(3);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE municipality_id = ? AND text_status = 'REWRITTEN'",
                d[0]))
        .isZero();
    assertThat(inv.count("SELECT version FROM product WHERE id = ?", a)).isEqualTo(1);
    assertThat(inv.count("SELECT count(*) FROM audit_event WHERE municipality_id = ?", d[0]))
        .isZero();
  }

  @Test
  void invalidValuesAre422AndOtherMunicipalitiesProductsAreRefused() {
    long[] k = inv.municipality("kampen");
    long[] o = inv.municipality("ommen");
    long a = inv.product(k[0], k[1], "Huurtoeslag", "/huurtoeslag", null, "NONE");
    long b = inv.product(k[0], k[1], "Bijstand", "/bijstand", null, "NONE");
    long elsewhere = inv.product(o[0], o[1], "Paspoort", "/paspoort", null, "NONE");
    long foreignCluster = inv.cluster(o[0], "Elders", 1);
    String path = "/api/municipalities/" + k[0] + "/products/bulk";

    Http.Reply invalid =
        http.post(path, body(a, 1, b, 1, "{\"textStatus\": \"PRETTY\", \"notes\": \"x\"}"));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.text())
        .contains("set: textStatus must be one of")
        .contains("set: notes is not a known field");
    assertThat(http.post(path, body(a, 1, b, 1, "{\"clusterId\": " + foreignCluster + "}")).text())
        .contains("is not a cluster of this municipality");
    assertThat(http.post(path, body(a, 1, elsewhere, 1, "{\"inScope\": false}")).text())
        .contains("are not products of municipality " + k[0]);
    assertThat(
            http.post(
                    path,
                    "{\"productIds\": [" + a + "], \"versions\": {}, \"set\": {\"inScope\": true}}")
                .text())
        .contains("versions must give the version read of product " + a);
    assertThat(http.post(path, "{\"productIds\": [], \"versions\": {}, \"set\": {}}").text())
        .contains("productIds must be a list of 1 to 500")
        .contains("set must name at least one of");
    assertThat(http.post(path, body(a, 1, b, 1, "{\"textStatus\": null}")).text())
        .contains("textStatus is required");
    assertThat(
            http.post(
                    "/api/municipalities/999999/products/bulk",
                    body(a, 1, b, 1, "{\"inScope\": true}"))
                .status())
        .isEqualTo(404);
    assertThat(http.as("lezer").post(path, body(a, 1, b, 1, "{\"inScope\": true}")).status())
        .isEqualTo(403);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE version <> 1 AND municipality_id IN (?, ?)",
                k[0],
                o[0]))
        .isZero();
  }

  @Test
  void theInventoryBulkFormUpdatesTheTickedRowsOrSaysWhoChangedThemInDutch() {
    long[] h = inv.municipality("hattem");
    long wonen = inv.cluster(h[0], "Wonen", 1);
    long a = inv.product(h[0], h[1], "Huurtoeslag", "/huurtoeslag", null, "NONE");
    long b = inv.product(h[0], h[1], "Bijstand", "/bijstand", null, "NONE");
    long c = inv.product(h[0], h[1], "Paspoort", "/paspoort", null, "NONE");
    SessionLogin browser = new SessionLogin(APP.getLocalPort());
    SessionLogin.Session bram = browser.login("bram");

    String list = browser.page(bram, "/inventaris?gemeente=" + h[0] + "&q=a").body();
    assertThat(list)
        .contains("<form id=\"bulk\" method=\"post\" action=\"/inventaris/bulk\"")
        .contains("<input type=\"checkbox\" name=\"product\" value=\"" + a + ":1\" form=\"bulk\"")
        .contains("<input type=\"hidden\" name=\"q\" value=\"a\">")
        .contains("name=\"_csrf\" value=\"" + bram.csrf() + "\"");

    SessionLogin.Reply done =
        browser.form(
            bram,
            "/inventaris/bulk",
            "gemeente",
            String.valueOf(h[0]),
            "q",
            "a",
            "product",
            a + ":1",
            "product",
            b + ":1",
            "setClusterId",
            String.valueOf(wonen),
            "setInScope",
            "true",
            "setTextStatus",
            "APPROVED");
    assertThat(done.status()).as(done.body()).isEqualTo(303);
    assertThat(done.location()).endsWith("/inventaris?gemeente=" + h[0] + "&q=a&bijgewerkt=2");
    assertThat(browser.page(bram, "/inventaris?gemeente=" + h[0] + "&q=a&bijgewerkt=2").body())
        .contains("2 producten bijgewerkt.");
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id IN (?, ?) AND cluster_id = ? AND in_scope "
                    + "AND text_status = 'APPROVED'",
                a,
                b,
                wonen))
        .isEqualTo(2);
    assertThat(inv.count("SELECT version FROM product WHERE id = ?", c)).isEqualTo(1);

    SessionLogin.Reply stale =
        browser.form(
            bram,
            "/inventaris/bulk",
            "gemeente",
            String.valueOf(h[0]),
            "product",
            a + ":1",
            "product",
            c + ":1",
            "setTextStatus",
            "REWRITTEN");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body())
        .contains("Niets bijgewerkt: iemand anders wijzigde intussen “Huurtoeslag”.")
        .contains("role=\"alert\"")
        .contains("value=\"" + a + ":2\"");
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE municipality_id = ? AND text_status = 'REWRITTEN'",
                h[0]))
        .isZero();

    SessionLogin.Reply nothing =
        browser.form(
            bram,
            "/inventaris/bulk",
            "gemeente",
            String.valueOf(h[0]),
            "setTextStatus",
            "REWRITTEN");
    assertThat(nothing.status()).isEqualTo(422);
    assertThat(nothing.body()).contains("Kies eerst een of meer producten");
    assertThat(
            browser
                .form(
                    bram, "/inventaris/bulk", "gemeente", String.valueOf(h[0]), "product", c + ":1")
                .body())
        .contains("Kies wat u wilt wijzigen");

    SessionLogin.Session lezer = browser.login("lezer");
    assertThat(browser.page(lezer, "/inventaris?gemeente=" + h[0]).body())
        .doesNotContain("action=\"/inventaris/bulk\"")
        .doesNotContain("type=\"checkbox\" name=\"product\"");
  }
}
