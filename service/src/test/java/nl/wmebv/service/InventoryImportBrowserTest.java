package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The import page in the system's headless Chromium (issue 14 §1): an editor uploads a
 * municipality's own CSV, maps the column the page did not recognise, sees per row what will change
 * (nothing stored yet), and applies it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InventoryImportBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");

  private static long municipality;
  private static long paspoort;

  @BeforeAll
  static void setUp() {
    TestUsers.create(DB.jdbi(), "consultant", Role.EDITOR);
    municipality =
        new MunicipalityService(DB.jdbi())
            .create("Zwartewaterland", "https://www.zwartewaterland.nl")
            .id();
    long site =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id FROM site WHERE municipality_id = :m")
                        .bind("m", municipality)
                        .mapTo(Long.class)
                        .one());
    paspoort =
        new Inventory(DB.jdbi()).product(municipality, site, "Paspoort", "/paspoort", null, "NONE");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void anEditorUploadsMapsPreviewsAndApplies(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("inventaris-zwartewaterland.csv");
    Files.writeString(
        csv,
        """
        Product;Afdeling;Digitaal kanaal (ja/nee);Wie doet het;Kleur
        Paspoort;Burgerzaken;ja;Fatima;rood
        Kwijtschelding;Belastingen;nee;;blauw
        """,
        StandardCharsets.UTF_8);
    Inventory inv = new Inventory(DB.jdbi());
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.login(
          base(), "/inventaris?gemeente=" + municipality, "consultant", TestUsers.PASSWORD);
      browser.driver.findElement(By.id("import-link")).click();
      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-bestand")));
      browser.driver.findElement(By.id("import-bestand")).sendKeys(csv.toAbsolutePath().toString());
      browser.driver.findElement(By.cssSelector("#import-upload button[type=submit]")).click();

      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-koppeling")));
      assertThat(browser.mainText())
          .contains("Kolommen koppelen")
          .contains("inventaris-zwartewaterland.csv");
      assertThat(
              new Select(browser.driver.findElement(By.id("kolom1")))
                  .getFirstSelectedOption()
                  .getText())
          .as("'Afdeling' is recognised")
          .isEqualTo("Cluster");
      assertThat(
              new Select(browser.driver.findElement(By.id("kolom4")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("negeren");
      Select who = new Select(browser.driver.findElement(By.id("kolom3")));
      assertThat(who.getFirstSelectedOption().getText()).isEqualTo("negeren");
      who.selectByVisibleText("Eigenaar");
      browser.screenshot("import-koppelen");
      browser.driver.findElement(By.cssSelector("#import-koppeling button[type=submit]")).click();

      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-voorbeeld")));
      String preview = browser.driver.findElement(By.id("import-voorbeeld")).getText();
      assertThat(preview)
          .contains("wordt bijgewerkt")
          .contains("Eigenaar: — → Fatima")
          .contains("Kanaalstatus: — → Digitaal kanaal werkt")
          .contains("Cluster: — → Burgerzaken")
          .contains("nieuw product")
          .contains("Kwijtschelding");
      assertThat(browser.driver.findElement(By.id("import-samenvatting")).getText())
          .contains("Er is nog niets opgeslagen");
      assertThat(inv.count("SELECT count(*) FROM product WHERE municipality_id = ?", municipality))
          .isEqualTo(1);
      assertThat(inv.count("SELECT count(*) FROM action WHERE product_id = ?", paspoort)).isZero();
      browser.screenshot("import-voorbeeld");

      browser.driver.findElement(By.cssSelector("#import-toepassen button[type=submit]")).click();
      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-resultaat")));
      assertThat(browser.driver.findElement(By.id("import-resultaat")).getText())
          .contains("1 product nieuw")
          .contains("1 product bijgewerkt");
      browser.screenshot("import-klaar");
      assertThat(browser.consoleErrors()).isEmpty();
    }
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND channel_status_override = 'DIGITAL' "
                    + "AND cluster_set_by_person",
                paspoort))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM action WHERE product_id = ? AND owner = 'Fatima'", paspoort))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE municipality_id = ? AND name = 'Kwijtschelding' "
                    + "AND from_spreadsheet AND channel_status_override = 'ABSENT'",
                municipality))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM audit_event WHERE municipality_id = ? AND actor = 'consultant'",
                municipality))
        .isEqualTo(4);
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
