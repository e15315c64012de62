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

@ExtendWith(DropwizardExtensionsSupport.class)
class ProductResourceTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static Http http;
  static Inventory inv;
  static long m;
  static long site;
  static long burgerzaken;
  static long sociaal;
  static long otherCluster;

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "anna", Role.ADMIN); // clusters and municipalities are an admin's
    TestUsers.create(DB.jdbi(), "bram", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "vera", Role.VIEWER);
    http = new Http(APP.getLocalPort(), "anna");
    inv = new Inventory(DB.jdbi());
    JsonNode kampen =
        http.post(
                "/api/municipalities",
                "{\"name\":\"Kampen\",\"baseUrl\":\"https://www.kampen.nl\"}")
            .body();
    m = kampen.get("id").asLong();
    site = kampen.get("sites").get(0).get("id").asLong();
    burgerzaken = clusterId(kampen, "Burgerzaken");
    sociaal = clusterId(kampen, "Sociaal Domein");
    JsonNode zwolle =
        http.post(
                "/api/municipalities",
                "{\"name\":\"Zwolle\",\"baseUrl\":\"https://www.zwolle.nl\"}")
            .body();
    otherCluster = clusterId(zwolle, "Burgerzaken");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  private static long clusterId(JsonNode municipality, String name) {
    for (JsonNode c : municipality.get("clusters")) {
      if (c.get("name").asText().equals(name)) {
        return c.get("id").asLong();
      }
    }
    throw new AssertionError(name);
  }

  private static long product(String name, Long cluster, String detected) {
    return inv.product(
        m, site, name, "/producten/" + name.toLowerCase().replace(' ', '-'), cluster, detected);
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.get("items").forEach(i -> names.add(i.get("name").asText()));
    return names;
  }

  @Test
  void listsFiltersSortsAndPagesProducts() {
    String base = "/api/municipalities/" + m + "/products";
    long a = product("Afvalpas", burgerzaken, "NONE");
    product("Bijstand", sociaal, "DIGITAL");
    inv.sql("UPDATE product SET is_new = true WHERE id = ?", a);

    Http.Reply all = http.get(base + "?q=pas&sort=name,desc&size=10");
    assertThat(all.status()).as(all.text()).isEqualTo(200);
    assertThat(all.body().get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(all.body().get("size").asInt()).isEqualTo(10);
    assertThat(names(http.get(base + "?cluster=" + sociaal + "&channelStatus=DIGITAL").body()))
        .contains("Bijstand")
        .doesNotContain("Afvalpas");
    assertThat(names(http.get(base + "?flag=new&channelStatus=ABSENT&q=afvalpas").body()))
        .containsExactly("Afvalpas");
    JsonNode first = http.get(base + "?q=afvalpas").body().get("items").get(0);
    assertThat(first.get("clusterName").asText()).isEqualTo("Burgerzaken");
    assertThat(first.get("isNew").asBoolean()).isTrue();
    assertThat(first.get("detectedChannelStatus").asText()).isEqualTo("NONE");
    assertThat(first.get("channelStatus").asText()).isEqualTo("ABSENT");
    assertThat(first.get("url").asText()).endsWith("/producten/afvalpas");
  }

  @Test
  void refusesInvalidListParametersNamingThemAndAnswers404ForAnUnknownMunicipality() {
    String base = "/api/municipalities/" + m + "/products";
    for (String[] c :
        new String[][] {
          {"channelStatus=GREEN", "channelStatus"},
          {"actionStatus=x", "actionStatus"},
          {"flag=old", "flag"},
          {"textStatus=done", "textStatus"},
          {"sort=name;DROP TABLE product", "sort"},
          {"sort=price", "sort"},
          {"size=201", "size"},
          {"page=0", "page"},
          {"page=x", "page"},
          {"cluster=abc", "cluster"},
          {"inScope=maybe", "inScope"}
        }) {
      Http.Reply r = http.get(base + "?" + c[0].replace(" ", "%20").replace(";", "%3B"));
      assertThat(r.status()).as(c[0]).isEqualTo(400);
      assertThat(r.body().get("message").asText()).as(c[0]).startsWith(c[1] + " must be");
    }
    assertThat(http.get("/api/municipalities/999999/products").status()).isEqualTo(404);
    assertThat(http.get(base + "?sort=-updated&size=200").status()).isEqualTo(200);
  }

  @Test
  void showsTheDetailWithPageAnalysisHistoryActionsAndAudit() {
    long id = product("Paspoort", burgerzaken, "DIGITAL");
    long page = inv.count("SELECT page_id FROM product WHERE id = ?", id);
    long run =
        inv.count(
            "INSERT INTO crawl_run (site_id, status) VALUES (?, 'FINISHED') RETURNING id", site);
    inv.sql(
        "INSERT INTO page_observation (page_id, crawl_run_id, http_status, channel_status, changed, observed_at) "
            + "VALUES (?, ?, 200, 'NONE', true, now() - interval '1 day')",
        page,
        run);
    inv.sql(
        "INSERT INTO page_observation (page_id, crawl_run_id, http_status, channel_status, changed) "
            + "VALUES (?, ?, 200, 'DIGITAL', true)",
        page,
        run);
    http.post(
        "/api/products/" + id + "/actions", "{\"type\":\"ADD_DIGID\",\"owner\":\"Team Digitaal\"}");
    http.patch("/api/products/" + id, "{\"version\":1,\"inScope\":true}", "anna");

    Http.Reply r = http.get("/api/products/" + id);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    JsonNode d = r.body();
    assertThat(d.get("product").get("name").asText()).isEqualTo("Paspoort");
    assertThat(d.get("product").get("inScope").asBoolean()).isTrue();
    assertThat(d.get("cluster").get("name").asText()).isEqualTo("Burgerzaken");
    assertThat(d.get("page").get("url").asText()).endsWith("/producten/paspoort");
    assertThat(d.get("page").get("httpStatus").asInt()).isEqualTo(200);
    assertThat(d.get("analysis").get("channels").get(0).get("evidence").get("text").asText())
        .isEqualTo("Direct aanvragen");
    assertThat(d.get("observations")).hasSize(2);
    assertThat(d.get("observations").get(0).get("channelStatus").asText())
        .as("newest first")
        .isEqualTo("DIGITAL");
    assertThat(d.get("observations").get(0).get("crawlRunId").asLong()).isEqualTo(run);
    assertThat(d.get("actions").get(0).get("type").asText()).isEqualTo("ADD_DIGID");
    assertThat(d.get("audit")).hasSize(2);
    assertThat(d.get("audit").get(0).get("event").asText()).isEqualTo("product.updated");
    assertThat(d.get("audit").get(0).get("actor").asText()).isEqualTo("anna");
    assertThat(d.get("audit").get(1).get("event").asText()).isEqualTo("action.created");
    assertThat(d.get("audit").get(1).get("actor").asText()).isEqualTo("anna");

    assertThat(http.get("/api/products/999999").status()).isEqualTo(404);
  }
}
