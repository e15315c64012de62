package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Bulk edit in the inventory and the actions page in the system's headless Chromium (issue 14 §2
 * and §3): an editor ticks two products and sets their cluster and scope in one go (a third stays
 * as it was), then finds the actions per owner, filters them on owner and "alleen te laat", with
 * the overdue one marked.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BulkAndActionsBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");

  private static long municipality;
  private static long wonen;
  private static long huur;
  private static long bijstand;
  private static long paspoort;
  private static Inventory inv;

  @BeforeAll
  static void setUp() {
    TestUsers.create(DB.jdbi(), "consultant", Role.EDITOR);
    municipality =
        new MunicipalityService(DB.jdbi()).create("Hardenberg", "https://www.hardenberg.nl").id();
    inv = new Inventory(DB.jdbi());
    long site = inv.count("SELECT id FROM site WHERE municipality_id = ?", municipality);
    wonen = inv.cluster(municipality, "Wonen", 1);
    huur = inv.product(municipality, site, "Huurtoeslag", "/huurtoeslag", null, "NONE");
    bijstand = inv.product(municipality, site, "Bijstand", "/bijstand", null, "NONE");
    paspoort = inv.product(municipality, site, "Paspoort", "/paspoort", null, "DIGITAL");
    inv.sql(
        "INSERT INTO action (product_id, type, owner, deadline) VALUES (?, 'CREATE_EFORM', 'Fatima',"
            + " DATE '2026-01-15'), (?, 'REPAIR_LINK', 'Team Web', DATE '2099-03-01')",
        huur,
        paspoort);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void anEditorSetsClusterAndScopeOfTickedProductsAndFindsTheActionsPerOwner() {
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.login(
          base(), "/inventaris?gemeente=" + municipality, "consultant", TestUsers.PASSWORD);
      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bulk")));
      tick(browser, "Huurtoeslag");
      tick(browser, "Bijstand");
      WebElement bulk = browser.driver.findElement(By.id("bulk"));
      new Select(bulk.findElement(By.name("setClusterId"))).selectByVisibleText("Wonen");
      new Select(bulk.findElement(By.name("setInScope"))).selectByVisibleText("valt eronder");
      bulk.findElement(By.cssSelector("button[type=submit]")).click();

      browser.wait.until(ExpectedConditions.urlContains("bijgewerkt="));
      assertThat(browser.mainText()).contains("2 producten bijgewerkt.");
      assertThat(
              inv.count(
                  "SELECT count(*) FROM product WHERE id IN (?, ?) AND cluster_id = ? AND in_scope",
                  huur,
                  bijstand,
                  wonen))
          .isEqualTo(2);
      assertThat(
              inv.count(
                  "SELECT count(*) FROM product WHERE id = ? AND cluster_id IS NULL", paspoort))
          .as("not ticked, not changed")
          .isEqualTo(1);
      assertThat(
              inv.count(
                  "SELECT count(*) FROM audit_event WHERE product_id IN (?, ?) AND actor = 'consultant'",
                  huur,
                  bijstand))
          .as("one audit event per product")
          .isEqualTo(2);

      browser.driver.get(base() + "/acties?gemeente=" + municipality);
      List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.actions tbody tr"));
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getText())
          .as("by deadline, the overdue one first")
          .contains("Fatima")
          .contains("Huurtoeslag")
          .contains("te laat");
      assertThat(rows.get(0).getAttribute("class")).contains("overdue");
      browser.driver.findElement(By.name("telaat")).click();
      browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
      browser.wait.until(ExpectedConditions.urlContains("telaat=ja"));
      assertThat(browser.driver.findElements(By.cssSelector("table.actions tbody tr")))
          .singleElement()
          .satisfies(r -> assertThat(r.getText()).contains("Fatima").doesNotContain("Team Web"));
      browser.driver.get(base() + "/acties?gemeente=" + municipality + "&eigenaar=Team+Web");
      assertThat(browser.driver.findElements(By.cssSelector("table.actions tbody tr")))
          .singleElement()
          .satisfies(r -> assertThat(r.getText()).contains("Paspoort").doesNotContain("te laat"));
      browser.screenshot("acties-eigenaar");
    }
  }

  private static void tick(HeadlessChromium browser, String product) {
    browser
        .driver
        .findElement(By.cssSelector("input[name=product][aria-label='" + product + " kiezen']"))
        .click();
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
