package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.sc.ScFeedImporter;
import nl.wmebv.service.core.sc.ScTestData;
import nl.wmebv.service.resources.SecurityHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A hostile SC feed cannot put script behind a link, and the pages work under the
 * Content-Security-Policy: in the system's headless Chromium the product page of a feed whose
 * aanvraagURL is {@code javascript:} shows it as refused text, and the pages with our scripts
 * (dashboard, catalogue, product) log no refusal or script error.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class HostileInputBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");
  private static final String HOSTILE = "javascript:alert(document.cookie)";

  private static long product;

  @BeforeAll
  static void setUp() {
    TestUsers.create(DB.jdbi(), "consultant", Role.EDITOR);
    long veere = new MunicipalityService(DB.jdbi()).create("Veere", "https://www.veere.nl").id();
    String feed = new String(ScTestData.feedBytes("Veere"), StandardCharsets.UTF_8);
    String real = "https://www.veere.nl/form/grafbedekking-aanvraag-vergunning/toelichting-0-13";
    assertThat(feed).contains(real);
    var report =
        new ScFeedImporter(DB.jdbi())
            .importFeed(veere, feed.replace(real, HOSTILE).getBytes(StandardCharsets.UTF_8));
    assertThat(report.warnings()).anyMatch(w -> w.contains("aanvraagURL that is no http(s)"));
    product =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id FROM product WHERE feed_aanvraag_url = :u")
                        .bind("u", HOSTILE)
                        .mapTo(Long.class)
                        .one());
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void aScriptAddressFromTheFeedIsShownAsRefusedTextAndNothingBreaksUnderThePolicy() {
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.login(base(), "/", "consultant", TestUsers.PASSWORD);
      browser.driver.get(base() + "/catalogus");
      browser.driver.get(base() + "/producten/" + product);
      assertThat(browser.mainText()).contains(HOSTILE + " (geweigerd adres)");
      assertThat(
              browser.driver.findElements(
                  By.cssSelector("a[href^='javascript' i], a[href^='data' i]")))
          .isEmpty();
      assertThat(browser.consoleErrors()).as("no CSP refusal or script error").isEmpty();
    }
  }

  @Test
  void everyResponseCarriesThePolicyAndTheFramingAndSniffingHeaders() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : new String[] {"/login", "/assets/app.css", "/api/municipalities"}) {
      HttpResponse<Void> r =
          client.send(
              HttpRequest.newBuilder(URI.create(base() + path)).build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
      assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
          .contains("frame-ancestors 'none'")
          .contains("script-src 'self';", "style-src 'self';")
          .doesNotContain("unsafe-eval");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
