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
 * Every JSON body that used to be read into a record by Jackson (which ignores unknown fields)
 * refuses an unknown field with a 422 in the ApiErrors shape and changes nothing; a schedule's
 * {@code enabled} must be true or false.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StrictBodiesTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");
  private static final Inventory INVENTORY = new Inventory(DB.jdbi());
  private static long municipality;
  private static long site;
  private static long product;
  private static Http admin;

  @BeforeAll
  static void setUp() {
    TestUsers.create(DB.jdbi(), "beheerder", Role.ADMIN);
    long[] ids = INVENTORY.municipality("strikdorp");
    municipality = ids[0];
    site = ids[1];
    product = INVENTORY.product(municipality, site, "Paspoort", "/paspoort", null, "DIGITAL");
    admin = new Http(APP.getLocalPort(), "beheerder");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void registeringAMunicipalityRefusesAnUnknownField() {
    Http.Reply reply =
        admin.post(
            "/api/municipalities",
            "{\"name\": \"Nieuwdorp\", \"baseUrl\": \"https://www.nieuwdorp.nl\", \"colour\": \"red\"}");
    assertUnknownField(reply, "colour");
    assertThat(INVENTORY.count("SELECT count(*) FROM municipality")).isEqualTo(1);
  }

  @Test
  void aScheduleRefusesAnUnknownField() {
    assertUnknownField(putSchedule("{\"interval\": \"P7D\", \"every\": \"monday\"}"), "every");
    assertThat(INVENTORY.count("SELECT count(*) FROM crawl_schedule")).isZero();
  }

  @Test
  void aScheduleRefusesEnabledNullOrANumber() {
    for (String enabled : new String[] {"null", "-1", "1", "\"true\""}) {
      Http.Reply reply = putSchedule("{\"interval\": \"P7D\", \"enabled\": " + enabled + "}");
      assertThat(reply.status()).as("enabled: " + enabled).isEqualTo(422);
      assertThat(reply.body().get("code").asInt()).isEqualTo(422);
      assertThat(reply.body().get("errors").get(0).asText())
          .isEqualTo("enabled must be true or false");
    }
    assertThat(INVENTORY.count("SELECT count(*) FROM crawl_schedule")).isZero();
    assertThat(putSchedule("{\"interval\": \"P7D\"}").body().get("enabled").asBoolean())
        .as("left out it is still true")
        .isTrue();
    assertThat(putSchedule("{\"interval\": \"P7D\", \"enabled\": null}").status()).isEqualTo(422);
    assertThat(INVENTORY.count("SELECT count(*) FROM crawl_schedule WHERE enabled")).isEqualTo(1);
    assertThat(
            putSchedule("{\"interval\": \"P1D\", \"enabled\": false}")
                .body()
                .get("enabled")
                .asBoolean())
        .isFalse();
    INVENTORY.sql("DELETE FROM crawl_schedule");
  }

  @Test
  void verdictsRefuseAnUnknownField() {
    assertUnknownField(
        admin.send(
            "PUT",
            "/api/products/" + product + "/verdict",
            "{\"product\": false, \"reason\": \"nieuws\"}",
            null),
        "reason");
    assertUnknownField(
        admin.send(
            "PUT",
            "/api/sites/" + site + "/page-verdicts",
            "{\"url\": \"https://www.strikdorp.nl/paspoort\", \"product\": false, \"reason\": \"x\"}",
            null),
        "reason");
    assertThat(INVENTORY.count("SELECT count(*) FROM page WHERE person_verdict IS NOT NULL"))
        .isZero();
    assertThat(INVENTORY.count("SELECT count(*) FROM product WHERE is_gone")).isZero();
  }

  @Test
  void aFeedFetchRefusesAnUnknownField() {
    assertUnknownField(
        admin.post(
            "/api/municipalities/" + municipality + "/sc-feed/fetch",
            "{\"url\": \"https://www.strikdorp.nl/feed.xml\", \"force\": true}"),
        "force");
  }

  @Test
  void siteSettingsRefuseAnUnknownFieldABadHostOrPatternAndKeepWhatWasThere() {
    String path = "/api/sites/" + site + "/settings";
    Http.Reply saved =
        admin.send(
            "PUT",
            path,
            "{\"extraHosts\": [\"WerkenInStrikdorp.nl\"], "
                + "\"excludePatterns\": [\"^/nieuws/\"]}",
            null);
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(saved.body().get("extraHosts").get(0).asText()).isEqualTo("werkeninstrikdorp.nl");
    assertUnknownField(
        admin.send("PUT", path, "{\"extraHosts\": [], \"hosts\": []}", null), "hosts");
    Http.Reply bad =
        admin.send(
            "PUT",
            path,
            "{\"extraHosts\": [\"https://x.nl/a\"], " + "\"includePatterns\": [\"(\"]}",
            null);
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body().get("errors").toString())
        .contains("is not a host name")
        .contains("is not a valid regular expression");
    Http.Reply now = admin.get(path);
    assertThat(now.body().get("extraHosts").toString()).isEqualTo("[\"werkeninstrikdorp.nl\"]");
    assertThat(now.body().get("excludePatterns").toString()).isEqualTo("[\"^/nieuws/\"]");
    assertThat(now.body().get("includePatterns").size()).isZero();
  }

  private static Http.Reply putSchedule(String json) {
    return admin.send("PUT", "/api/sites/" + site + "/schedule", json, null);
  }

  private static void assertUnknownField(Http.Reply reply, String field) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    assertThat(reply.body().get("code").asInt()).isEqualTo(422);
    assertThat(reply.body().get("message").asText()).startsWith("The request is invalid");
    assertThat(reply.body().get("errors").get(0).asText())
        .startsWith(field + " is not a known field");
  }
}
