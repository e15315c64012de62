package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.wmebv.service.config.WmebvConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ApplicationTest {
  private static final TestDatabase DB = TestDatabase.createEmpty();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  private static jakarta.ws.rs.client.Client client;

  /** An API client logged in as an admin (who registers municipalities). */
  static jakarta.ws.rs.client.Client client() {
    if (client == null) {
      client =
          TestUsers.as(APP.client(), DB.jdbi(), "beheerder", nl.wmebv.service.core.auth.Role.ADMIN);
    }
    return client;
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void migratesAtStartUpAndAnswersItsDatabaseHealthCheck() {
    Response health =
        client().target("http://localhost:" + APP.getAdminPort() + "/healthcheck").request().get();
    String body = health.readEntity(String.class);
    assertThat(health.getStatus()).as(body).isEqualTo(200);
    assertThat(body).contains("\"postgresql\"").contains("\"healthy\":true");
    int applied =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM databasechangelog")
                        .mapTo(Integer.class)
                        .one());
    assertThat(applied).isGreaterThanOrEqualTo(6);
  }

  @Test
  void registersAMunicipalityWithSiteAndDefaultClusters() {
    String api = "http://localhost:" + APP.getLocalPort() + "/api/municipalities";
    Response created =
        client()
            .target(api)
            .request()
            .post(Entity.json(Map.of("name", "Kampen", "baseUrl", "https://www.kampen.nl")));
    assertThat(created.getStatus()).isEqualTo(201);
    String body = created.readEntity(String.class);
    assertThat(body)
        .contains("\"name\":\"Kampen\"")
        .contains("Burgerzaken")
        .contains("https://www.kampen.nl");

    Response duplicate =
        client()
            .target(api)
            .request()
            .post(Entity.json(Map.of("name", "Kampen", "baseUrl", "https://kampen.nl")));
    assertThat(duplicate.getStatus()).isEqualTo(409);

    Response invalid =
        client()
            .target(api)
            .request()
            .post(Entity.json(Map.of("name", "", "baseUrl", "javascript:alert(1)")));
    assertThat(invalid.getStatus()).isEqualTo(422);
    assertThat(invalid.readEntity(String.class)).contains("name").contains("baseUrl");

    assertThat(client().target(api + "/999999").request().get().getStatus()).isEqualTo(404);
  }
}
