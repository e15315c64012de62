package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import nl.wmebv.service.Http;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A NUL character in a text field or in the search {@code q} is a 400 that changes nothing, not a
 * 500.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class NulCharacterTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");
  private static long municipality;

  @BeforeAll
  static void setUp() {
    TestUsers.create(DB.jdbi(), "beheerder", Role.ADMIN);
    municipality =
        new MunicipalityService(DB.jdbi()).create("Nuldorp", "https://www.nuldorp.nl").id();
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void aNulInATextFieldOrTheSearchIsA400AndChangesNothing() {
    Http admin = new Http(APP.getLocalPort(), "beheerder");
    Http.Reply created =
        admin.post(
            "/api/municipalities",
            "{\"name\": \"Nul\\u0000dorp\", \"baseUrl\": \"https://www.nul.nl\"}");
    assertThat(created.status()).isEqualTo(400);
    assertThat(created.text()).contains("NUL characters");
    int municipalities =
        DB.jdbi()
            .withHandle(
                h -> h.createQuery("SELECT count(*) FROM municipality").mapTo(Integer.class).one());
    assertThat(municipalities).isEqualTo(1);

    Http.Reply search =
        admin.get("/api/municipalities/" + municipality + "/products?q=pas%00poort");
    assertThat(search.status()).isEqualTo(400);
  }
}
