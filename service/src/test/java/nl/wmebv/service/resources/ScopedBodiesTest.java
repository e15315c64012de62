package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Ids inside JSON bodies and query parameters (issue 14 §5): under its own municipality's path, a
 * user scoped to gemeente 1 names gemeente 2's products, clusters and sessions; every such request
 * is refused and changes nothing, and no list shows gemeente 2's data.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ScopedBodiesTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static MunicipalityScopeTest.Data one;
  static MunicipalityScopeTest.Data two;
  static Http a;
  static Inventory inv;

  @BeforeAll
  static void data() {
    inv = new Inventory(DB.jdbi());
    one = data("bodyeen");
    two = data("bodytwee");
    TestUsers.createScoped(DB.jdbi(), "body.a", Role.EDITOR, one.municipality());
    a = new Http(APP.getLocalPort(), "body.a");
  }

  static MunicipalityScopeTest.Data data(String name) {
    long[] m = inv.municipality(name);
    long cluster = inv.cluster(m[0], "Wonen", 1);
    long product =
        inv.product(m[0], m[1], "Paspoort " + name, "/paspoort-" + name, cluster, "DIGITAL");
    long session =
        inv.count(
            "INSERT INTO cluster_session (municipality_id, cluster_id, planned_at, created_by)"
                + " VALUES (?, ?, now() + interval '1 day', 'anna') RETURNING id",
            m[0],
            cluster);
    return new MunicipalityScopeTest.Data(m[0], m[1], cluster, product, 0, 0, session);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void aBulkEditNamingAnotherMunicipalitysProductChangesNothing() {
    String body =
        "{\"productIds\": ["
            + one.product()
            + ", "
            + two.product()
            + "], \"versions\": {\""
            + one.product()
            + "\": 1, \""
            + two.product()
            + "\": 1}, \"set\": {\"notes\": \"overgenomen\"}}";
    Http.Reply r = a.post("/api/municipalities/" + one.municipality() + "/products/bulk", body);
    assertThat(r.status()).as(r.text()).isIn(404, 422);
    assertThat(r.text()).doesNotContain("bodytwee");
    assertThat(notes("overgenomen")).as("neither product changed").isZero();
  }

  @Test
  void aClusterOfAnotherMunicipalityCannotBeSetOnOwnProducts() {
    Http.Reply patch =
        a.patch(
            "/api/products/" + one.product(),
            "{\"version\": 1, \"clusterId\": " + two.cluster() + "}",
            null);
    assertThat(patch.status()).as(patch.text()).isIn(404, 422);
    String body =
        "{\"productIds\": ["
            + one.product()
            + "], \"versions\": {\""
            + one.product()
            + "\": 1},"
            + " \"set\": {\"clusterId\": "
            + two.cluster()
            + "}}";
    Http.Reply bulk = a.post("/api/municipalities/" + one.municipality() + "/products/bulk", body);
    assertThat(bulk.status()).as(bulk.text()).isIn(404, 422);
    Http.Reply session =
        a.patch("/api/sessions/" + one.session(), "{\"clusterId\": " + two.cluster() + "}", null);
    assertThat(session.status()).as(session.text()).isIn(404, 422);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND cluster_id = ?",
                one.product(),
                one.cluster()))
        .as("the product keeps its cluster")
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND cluster_id = ?",
                one.session(),
                one.cluster()))
        .as("the session keeps its cluster")
        .isEqualTo(1);
  }

  @Test
  void aDesignatedChannelCannotNameAnotherMunicipalitysProduct() {
    long before = inv.count("SELECT count(*) FROM designated_channel");
    Http.Reply r =
        a.post(
            "/api/municipalities/" + one.municipality() + "/designations",
            """
        {"kind": "SPECIFIC_FORM", "name": "Klachtformulier", "url": "https://bodyeen.nl/form/klacht",
         "identification": "DIGID", "products": [{"productId": %d, "messageTypes": ["klacht"]}]}"""
                .formatted(two.product()));
    assertThat(r.status()).as(r.text()).isIn(404, 422);
    assertThat(inv.count("SELECT count(*) FROM designated_channel")).isEqualTo(before);
  }

  @Test
  void aClusterFilterNamingAnotherMunicipalitysClusterShowsNothingOfIt() {
    for (String path :
        new String[] {
          "/api/municipalities/" + one.municipality() + "/products?cluster=" + two.cluster(),
          "/api/municipalities/" + one.municipality() + "/actions?cluster=" + two.cluster(),
          "/api/municipalities/" + one.municipality() + "/export.csv?cluster=" + two.cluster()
        }) {
      Http.Reply r = a.get(path);
      assertThat(r.text()).as(path).doesNotContain("bodytwee");
      assertThat(r.status()).as(path).isIn(200, 404, 422);
    }
  }

  private static long notes(String text) {
    return inv.count("SELECT count(*) FROM product WHERE notes = ?", text);
  }
}
