package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Applying the cluster rules again: the dry run, the apply through the API, and the button on the
 * clusters page.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ClusterRulesApplyTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static Http http;
  static Inventory inv;

  @BeforeAll
  static void users() {
    TestUsers.create(DB.jdbi(), "anna", Role.ADMIN); // cluster rules are an admin's
    TestUsers.create(DB.jdbi(), "bram", Role.EDITOR);
    http = new Http(APP.getLocalPort(), "anna");
    inv = new Inventory(DB.jdbi());
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  /** Clusters Wonen and Werk with a rule each; returns {municipality, site, wonen, werk}. */
  private static long[] municipality(String name) {
    long[] ms = inv.municipality(name);
    long wonen = inv.cluster(ms[0], "Wonen", 1);
    long werk = inv.cluster(ms[0], "Werk", 2);
    inv.sql(
        "INSERT INTO cluster_rule (municipality_id, cluster_id, kind, pattern, position) VALUES (?, ?, 'NAME', 'huur', 1)",
        ms[0],
        wonen);
    inv.sql(
        "INSERT INTO cluster_rule (municipality_id, cluster_id, kind, pattern, position) "
            + "VALUES (?, ?, 'URL_PREFIX', '/werk/', 2)",
        ms[0],
        werk);
    return new long[] {ms[0], ms[1], wonen, werk};
  }

  @Test
  void aDryRunChangesNothingAndApplyMovesExactlyTheProductsWithoutAPersonsCluster() {
    long[] z = municipality("zwolle");
    long m = z[0];
    long toeslag = inv.product(m, z[1], "Huurtoeslag", "/huurtoeslag", null, "NONE");
    long bijstand = inv.product(m, z[1], "Bijstand", "/werk/bijstand", z[2], "NONE");
    long chosen = inv.product(m, z[1], "Huurwoning zoeken", "/huurwoning", z[3], "NONE");
    inv.sql("UPDATE product SET cluster_set_by_person = true WHERE id = ?", chosen);
    long unmatched = inv.product(m, z[1], "Paspoort", "/paspoort", z[3], "NONE");
    long already = inv.product(m, z[1], "Huur opzeggen", "/huur-opzeggen", z[2], "NONE");
    String apply = "/api/municipalities/" + m + "/cluster-rules/apply?dryRun=";

    Http.Reply dry = http.post(apply + "true", null);
    assertThat(dry.status()).as(dry.text()).isEqualTo(200);
    assertThat(dry.body().get("moved").asInt()).isEqualTo(2);
    JsonNode first = dry.body().get("products").get(0);
    assertThat(first.get("productId").asLong()).isEqualTo(bijstand);
    assertThat(first.get("name").asText()).isEqualTo("Bijstand");
    assertThat(first.get("fromClusterId").asLong()).isEqualTo(z[2]);
    assertThat(first.get("toClusterId").asLong()).isEqualTo(z[3]);
    JsonNode second = dry.body().get("products").get(1);
    assertThat(second.get("productId").asLong()).isEqualTo(toeslag);
    assertThat(second.get("fromClusterId").isNull()).isTrue();
    assertThat(second.get("toClusterId").asLong()).isEqualTo(z[2]);
    assertThat(
            inv.count("SELECT count(*) FROM product WHERE municipality_id = ? AND version <> 1", m))
        .isZero();
    assertThat(
            inv.count("SELECT count(*) FROM product WHERE id = ? AND cluster_id IS NULL", toeslag))
        .isEqualTo(1);
    assertThat(inv.count("SELECT count(*) FROM audit_event WHERE municipality_id = ?", m)).isZero();

    Http.Reply applied = http.post(apply + "false", null);
    assertThat(applied.status()).as(applied.text()).isEqualTo(200);
    assertThat(applied.body().get("moved").asInt()).isEqualTo(2);
    assertThat(applied.body().get("products"))
        .extracting(p -> p.get("productId").asLong())
        .containsExactly(bijstand, toeslag);
    assertThat(inv.count("SELECT cluster_id FROM product WHERE id = ?", toeslag)).isEqualTo(z[2]);
    assertThat(inv.count("SELECT cluster_id FROM product WHERE id = ?", bijstand)).isEqualTo(z[3]);
    assertThat(inv.count("SELECT cluster_id FROM product WHERE id = ?", chosen))
        .as("a person's cluster")
        .isEqualTo(z[3]);
    assertThat(inv.count("SELECT cluster_id FROM product WHERE id = ?", unmatched)).isEqualTo(z[3]);
    assertThat(inv.count("SELECT cluster_id FROM product WHERE id = ?", already)).isEqualTo(z[2]);
    assertThat(
            inv.count("SELECT count(*) FROM product WHERE municipality_id = ? AND version = 2", m))
        .isEqualTo(2);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE municipality_id = ? AND cluster_set_by_person",
                m))
        .as("the rules moved them, no person")
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM audit_event WHERE municipality_id = ? AND entity_type = 'product' "
                    + "AND event = 'product.cluster_rules_applied' AND actor = 'anna' AND product_id IN (?, ?)",
                m,
                toeslag,
                bijstand))
        .isEqualTo(2);
    assertThat(
            inv.count(
                "SELECT count(*) FROM audit_event WHERE product_id = ? "
                    + "AND changes -> 'clusterId' ->> 'to' = ?",
                bijstand,
                String.valueOf(z[3])))
        .isEqualTo(1);

    assertThat(http.post(apply + "false", null).body().get("moved").asInt())
        .as("nothing left to move")
        .isZero();
  }

  @Test
  void onlyAnAdminAppliesTheRulesAndDryRunMustBeSaid() {
    long m = municipality("kampen")[0];
    String apply = "/api/municipalities/" + m + "/cluster-rules/apply";
    assertThat(http.as("bram").post(apply + "?dryRun=true", null).status()).isEqualTo(403);
    Http.Reply missing = http.post(apply, null);
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.text()).contains("dryRun must be true or false");
    assertThat(http.post(apply + "?dryRun=yes", null).status()).isEqualTo(422);
    assertThat(
            http.post("/api/municipalities/999999/cluster-rules/apply?dryRun=true", null).status())
        .isEqualTo(404);
  }

  @Test
  void theClustersPageShowsWhatMovesWhereAndAppliesIt() {
    long[] d = municipality("deventer");
    long m = d[0];
    long toeslag = inv.product(m, d[1], "Huurtoeslag", "/huurtoeslag", null, "NONE");
    SessionLogin browser = new SessionLogin(APP.getLocalPort());
    SessionLogin.Session anna = browser.login("anna");

    String page = browser.page(anna, "/clusters?gemeente=" + m).body();
    assertThat(page)
        .contains("<button type=\"submit\">Regels opnieuw toepassen</button>")
        .contains("<input type=\"hidden\" name=\"opnieuw\" value=\"1\">")
        .doesNotContain("Toepassen</button>");

    SessionLogin.Reply preview = browser.page(anna, "/clusters?gemeente=" + m + "&opnieuw=1");
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.body())
        .contains(
            "Regels opnieuw toepassen: voorbeeld",
            "1 product naar een ander cluster",
            "<td>Huurtoeslag</td><td>geen cluster</td><td>Wonen</td>")
        .contains("action=\"/clusters/" + m + "/regels/opnieuw-toepassen\"")
        .contains("<button type=\"submit\">Toepassen</button>")
        .contains("name=\"_csrf\" value=\"" + anna.csrf() + "\"");
    assertThat(
            inv.count("SELECT count(*) FROM product WHERE id = ? AND cluster_id IS NULL", toeslag))
        .as("the preview changes nothing")
        .isEqualTo(1);

    SessionLogin.Reply applied = browser.form(anna, "/clusters/" + m + "/regels/opnieuw-toepassen");
    assertThat(applied.status()).as(applied.body()).isEqualTo(303);
    assertThat(applied.location())
        .endsWith("/clusters?gemeente=" + m + "&gedaan=regels-toegepast&verplaatst=1");
    assertThat(
            browser
                .page(anna, "/clusters?gemeente=" + m + "&gedaan=regels-toegepast&verplaatst=1")
                .body())
        .contains("Regels opnieuw toegepast: 1 product is naar een ander cluster verplaatst.");
    assertThat(inv.count("SELECT cluster_id FROM product WHERE id = ?", toeslag)).isEqualTo(d[2]);
    assertThat(browser.page(anna, "/clusters?gemeente=" + m + "&opnieuw=1").body())
        .contains("De regels verplaatsen geen enkel product");

    SessionLogin.Session bram = browser.login("bram");
    assertThat(browser.page(bram, "/clusters?gemeente=" + m).body())
        .doesNotContain("Regels opnieuw toepassen</button>");
    SessionLogin.Reply byEditor =
        browser.form(bram, "/clusters/" + m + "/regels/opnieuw-toepassen");
    assertThat(byEditor.status()).isEqualTo(403);
    assertThat(byEditor.body()).contains("clusters en regels wijzigen kan alleen een beheerder");
  }
}
