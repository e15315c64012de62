package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
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
 * Web paths that end in an error show a Dutch page with the menu and a way back; /api/ keeps its
 * JSON.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebErrorPagesTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");
  private static WebPageClient web;

  @BeforeAll
  static void setUp() {
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    web = new WebPageClient(APP.getLocalPort());
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void anUnknownProductOrSessionIsADutchPageWithTheMenu() {
    for (String path : new String[] {"/producten/99999", "/sessies/999", "/bestaat-niet"}) {
      WebPageClient.Page page = web.get("lezer", path);
      assertThat(page.status()).as(path).isEqualTo(404);
      assertThat(page.contentType()).as(path).startsWith("text/html");
      assertThat(page.body())
          .as(path)
          .contains("<h1>Pagina niet gevonden</h1>", "href=\"/inventaris\"", "Naar het overzicht")
          .doesNotContain("\"code\"");
    }
  }

  @Test
  void theApiKeepsItsJson() throws Exception {
    var api =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://localhost:" + APP.getLocalPort() + "/api/municipalities/99999"))
                    .header("Authorization", TestUsers.basic("lezer"))
                    .header("Accept", "text/html, application/json")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(api.body()).contains("\"code\":404");
  }
}
