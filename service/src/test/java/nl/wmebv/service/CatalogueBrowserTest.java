package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.sc.ScTestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The catalogue page in the system's headless Chromium: an editor uploads Kampen's SC feed file
 * through the page (posted with the CSRF header of the session), sees the report and the refreshed
 * overview, then takes over a UPL proposal into a product's decision form.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CatalogueBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");

  private static long kampen;

  @BeforeAll
  static void setUp() {
    TestUsers.create(DB.jdbi(), "consultant", Role.EDITOR);
    kampen = new MunicipalityService(DB.jdbi()).create("Kampen", "https://www.kampen.nl").id();
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void anEditorUploadsTheFeedFileAndSeesTheReport() {
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.login(base(), "/catalogus", "consultant", TestUsers.PASSWORD);
      assertThat(browser.mainText()).contains("Nog geen SC-feed ingelezen");
      browser
          .driver
          .findElement(By.id("feed-bestand"))
          .sendKeys(ScTestData.feed("Kampen").toAbsolutePath().toString());
      browser.driver.findElement(By.cssSelector("#feed-upload button[type=submit]")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("feed-resultaat"), "Feed ingelezen"));
      assertThat(browser.driver.findElement(By.id("feed-resultaat")).getText())
          .contains("nieuw: 206")
          .contains("ongewijzigd: 0");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("catalogus-overzicht"), "Producten uit de feed: 206"));
      browser.screenshot("catalogus-na-upload");

      // a product whose UPL flags propose scope and message types: take the proposal over into the
      // form
      long product =
          DB.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              """
          SELECT id FROM product WHERE municipality_id = :m AND upl_uri IS NOT NULL ORDER BY name LIMIT 1""")
                          .bind("m", kampen)
                          .mapTo(Long.class)
                          .one());
      browser.driver.get(base() + "/producten/" + product);
      assertThat(browser.mainText())
          .contains("Voorstel uit de UPL")
          .contains("Online aan te vragen (feed)");
      if (!browser.driver.findElements(By.cssSelector("button.fill-proposal")).isEmpty()) {
        browser.driver.findElement(By.cssSelector("button.fill-proposal")).click();
        assertThat(
                browser
                        .driver
                        .findElement(By.cssSelector("input[name=inScope][value=true]"))
                        .isSelected()
                    || browser
                        .driver
                        .findElement(By.cssSelector("input[name=inScope][value=false]"))
                        .isSelected())
            .isTrue();
      }
      browser.screenshot("product-catalogus");
    }
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
