package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.sc.ScTestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ScFeedResourceTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final ObjectMapper JSON = new ObjectMapper();

  // 1 MB: Kampen (0.7 MB) fits, Amsterdam (1.4 MB) does not
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "reference.scFeedMaxMegabytes", "1");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  private static boolean usersCreated;

  /** A request as an editor (imports) or, for the UPL, an admin. */
  private static jakarta.ws.rs.client.Invocation.Builder request(String url) {
    return request(url, url.contains("/reference/") ? "beheerder" : "redacteur");
  }

  private static jakarta.ws.rs.client.Invocation.Builder request(String url, String user) {
    if (!usersCreated) {
      TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
      TestUsers.create(DB.jdbi(), "beheerder", Role.ADMIN);
      usersCreated = true;
    }
    return APP.client()
        .target(url)
        .request()
        .header(HttpHeaders.AUTHORIZATION, TestUsers.basic(user));
  }

  /** The status, with the body buffered so that the pooled connection is free again. */
  private static int status(Response r) {
    r.bufferEntity();
    return r.getStatus();
  }

  private static String api(String path) {
    return "http://localhost:" + APP.getLocalPort() + "/api" + path;
  }

  private static long municipality(String name) throws Exception {
    Response r =
        request(api("/municipalities"), "beheerder") // registering a municipality is an admin's
            .post(
                Entity.json(
                    Map.of("name", name, "baseUrl", "https://www." + name.toLowerCase() + ".nl")));
    assertThat(status(r)).isEqualTo(201);
    return JSON.readTree(r.readEntity(String.class)).get("id").asLong();
  }

  private static Response upload(long id, byte[] body, String type) {
    return request(api("/municipalities/" + id + "/sc-feed")).post(Entity.entity(body, type));
  }

  private static int products(long id) {
    return DB.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM product WHERE municipality_id = :m")
                    .bind("m", id)
                    .mapTo(Integer.class)
                    .one());
  }

  @Test
  void importsAnUploadedFeedAndAnswersCoverageDiscrepanciesAndUpl() throws Exception {
    long id = municipality("Kampen");
    Response r = upload(id, ScTestData.feedBytes("Kampen"), "application/xml");
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(200);
    JsonNode report = JSON.readTree(body);
    assertThat(report.get("records").asInt()).isEqualTo(206);
    assertThat(report.get("inserted").asInt()).isEqualTo(206);

    JsonNode again =
        JSON.readTree(
            upload(id, ScTestData.feedBytes("Kampen"), "text/xml").readEntity(String.class));
    assertThat(again.get("unchanged").asInt()).isEqualTo(206);
    assertThat(products(id)).isEqualTo(206);

    JsonNode coverage =
        JSON.readTree(request(api("/municipalities/" + id + "/coverage")).get(String.class));
    assertThat(coverage.get("uplGemeenteProducts").asInt()).isEqualTo(511);
    assertThat(coverage.get("uplGaps").size()).isEqualTo(511 - coverage.get("covered").asInt());
    assertThat(coverage.get("feedProductsNotFound").size()).isZero();

    Response discrepancies = request(api("/municipalities/" + id + "/discrepancies")).get();
    assertThat(status(discrepancies)).isEqualTo(200);
    assertThat(JSON.readTree(discrepancies.readEntity(String.class)).isArray()).isTrue();

    long productId =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT id FROM product WHERE municipality_id = :m AND name = 'Demonstratie of betoging houden'")
                        .bind("m", id)
                        .mapTo(Long.class)
                        .one());
    JsonNode upl = JSON.readTree(request(api("/products/" + productId + "/upl")).get(String.class));
    assertThat(upl.get("flags").get(0).get("name").asText())
        .isEqualTo("betogings- of demonstratiemelding");
    assertThat(upl.get("scopeProposal").get("inScope").asBoolean()).isTrue();
    assertThat(upl.get("decidedInScope").isNull()).isTrue();
    assertThat(status(request(api("/products/99999999/upl")).get())).isEqualTo(404);
    assertThat(status(request(api("/municipalities/99999999/coverage")).get())).isEqualTo(404);
  }

  @Test
  void refusesTooLargeMalformedAndForeignFeedsWithAMessage() throws Exception {
    long id = municipality("Amsterdam");

    Response tooLarge = upload(id, ScTestData.feedBytes("Amsterdam"), "application/xml");
    assertThat(status(tooLarge)).isEqualTo(413);
    assertThat(tooLarge.readEntity(String.class)).contains("larger than the limit of 1 MB");

    byte[] kampen = ScTestData.feedBytes("Kampen");
    Response truncated = upload(id, Arrays.copyOf(kampen, 5000), "application/xml");
    assertThat(status(truncated)).isEqualTo(400);
    assertThat(JSON.readTree(truncated.readEntity(String.class)).get("message").asText())
        .startsWith("The file is not well-formed XML (malformed or truncated)");

    Response csv = upload(id, "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8), "text/xml");
    assertThat(status(csv)).isEqualTo(400);
    assertThat(csv.readEntity(String.class)).contains("The file is not XML");

    Response empty = upload(id, new byte[0], "application/xml");
    assertThat(status(empty)).isEqualTo(400);

    Response foreign = upload(id, kampen, "application/xml");
    assertThat(status(foreign)).isEqualTo(422);
    assertThat(foreign.readEntity(String.class))
        .contains("This feed belongs to another municipality")
        .contains("'Kampen' (206 of 206 records)");

    // small bodies: a server that answers before reading would break a large upload's connection
    byte[] small = Arrays.copyOf(kampen, 2000);
    Response json = upload(id, small, "application/json");
    assertThat(status(json)).isEqualTo(415);
    assertThat(products(id)).isZero();
    assertThat(status(upload(99999999, small, "application/xml"))).isEqualTo(404);
  }

  @Test
  void fetchRefusesPrivateAddressesAndNeedsAUrl() throws Exception {
    long id = municipality("Dalfsen");
    Response loopback =
        request(api("/municipalities/" + id + "/sc-feed/fetch"))
            .post(Entity.json(Map.of("url", "http://127.0.0.1:9/sru")));
    assertThat(status(loopback)).isEqualTo(422);
    assertThat(loopback.readEntity(String.class)).contains("refused");
    Response none =
        request(api("/municipalities/" + id + "/sc-feed/fetch")).post(Entity.json(Map.of()));
    assertThat(status(none)).isEqualTo(422);
    assertThat(products(id)).isZero();
  }

  @Test
  void aUplWithOtherColumnsIsRefusedAndTheUplInUseStays() throws Exception {
    Response bad =
        request(api("/reference/upl"))
            .put(Entity.entity("Naam;Link\npaspoort;http://x\n", "text/csv"));
    assertThat(status(bad)).isEqualTo(422);
    assertThat(bad.readEntity(String.class))
        .contains("The UPL file lacks the columns UniformeProductnaam, URI");
    JsonNode info = JSON.readTree(request(api("/reference/upl")).get(String.class));
    assertThat(info.get("products").asInt()).isEqualTo(1213);
    assertThat(info.get("source").asText()).isEqualTo("bundled UPL-actueel.csv");
    Response editor =
        request(api("/reference/upl"), "redacteur")
            .put(Entity.entity("Naam;Link\npaspoort;http://x\n", "text/csv"));
    assertThat(status(editor)).isEqualTo(403);
  }
}
