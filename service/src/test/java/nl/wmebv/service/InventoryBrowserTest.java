package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web view in the system's headless Chromium against the demo: log in, filter the inventory,
 * open a product's evidence, record a decision, edit a row inline (htmx), see it on the dashboard;
 * a viewer gets no forms.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InventoryBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.demo(DB);

  @BeforeAll
  static void demoCrawled() throws InterruptedException {
    TestUsers.create(DB.jdbi(), "consultant", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "kijker", Role.VIEWER);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      int finished =
          DB.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT count(*) FROM crawl_run WHERE status = 'FINISHED'")
                          .mapTo(Integer.class)
                          .one());
      if (finished > 0) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the demo crawl did not finish");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void aConsultantFiltersChecksTheEvidenceDecidesAndSeesItOnTheDashboard() {
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.login(base(), "/inventaris", "consultant", TestUsers.PASSWORD);

      // filter: products whose channel is present but not in order (the broken form links of the
      // demo)
      new Select(browser.driver.findElement(By.name("channelStatus")))
          .selectByVisibleText("Aanwezig, niet in orde");
      browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
      browser.wait.until(ExpectedConditions.urlContains("channelStatus=NOT_COMPLIANT"));
      String table = browser.driver.findElement(By.cssSelector("table.inventory")).getText();
      assertThat(table).contains("Afvalpas").doesNotContain("Paspoort aanvragen");
      browser.screenshot("inventaris-gefilterd");

      // the evidence of one product: the link, its text, where it stood and that it answers 404
      browser.driver.findElement(By.linkText("Afvalpas aanvragen")).click();
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.channels")));
      String evidence = browser.driver.findElement(By.cssSelector("table.channels")).getText();
      assertThat(evidence)
          .contains("E-formulier met DigiD")
          .contains("/formulieren/afvalpas-oud/")
          .contains("werkt niet")
          .contains("HTTP 404")
          .contains("Bij bezoek: Antwoordt met foutcode 404");
      browser.screenshot("product-bewijs");

      // record a decision with an action
      browser.driver.findElement(By.cssSelector("input[name=inScope][value=true]")).click();
      new Select(browser.driver.findElement(By.name("actionType")))
          .selectByVisibleText("Kapotte link herstellen");
      browser.driver.findElement(By.name("actionOwner")).sendKeys("Team Online");
      browser.driver.findElement(By.cssSelector("form.decision button[type=submit]")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("main"), "Besluit opgeslagen"));
      assertThat(browser.mainText()).contains("Team Online").contains("consultant");

      // inline edit of another row: the row swaps in place, without a page load
      browser.driver.get(base() + "/inventaris?q=Paspoort");
      WebElement row =
          browser.driver.findElement(By.xpath("//tr[.//a[text()='Paspoort aanvragen']]"));
      String rowId = row.getAttribute("id");
      row.findElement(By.linkText("Bewerken")).click();
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("#" + rowId + " form.inline-edit")));
      new Select(
              browser.driver.findElement(By.cssSelector("#" + rowId + " select[name=actionType]")))
          .selectByVisibleText("E-formulier maken");
      browser
          .driver
          .findElement(By.cssSelector("#" + rowId + " input[name=actionOwner]"))
          .sendKeys("Burgerzaken");
      browser
          .driver
          .findElement(By.cssSelector("#" + rowId + " form.inline-edit button[type=submit]"))
          .click();
      // the edit form's own options name the action too: wait until the saved row has replaced the
      // form
      browser.wait.until(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector("#" + rowId + " form"), 0));
      String savedRow = browser.wait.until(d -> d.findElement(By.id(rowId)).getText());
      assertThat(savedRow).contains("E-formulier maken").contains("Burgerzaken").contains("Open");

      // the dashboard counts the decision: one in-scope product in Openbare Ruimte, one open action
      // there
      browser.driver.get(base() + "/");
      assertThat(dashboardRow(browser, "Openbare Ruimte"))
          .contains("0 van 1 (0%)")
          .contains("1 / 0 / 0");
      assertThat(dashboardRow(browser, "Burgerzaken")).contains("0 van 0").contains("1 / 0 / 0");
      browser.screenshot("dashboard");
    }
  }

  @Test
  void aViewerSeesTheEvidenceButNoForms() {
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.login(base(), "/inventaris", "kijker", TestUsers.PASSWORD);
      assertThat(browser.driver.findElements(By.linkText("Bewerken"))).isEmpty();
      browser.driver.findElement(By.linkText("Omgevingsvergunning")).click();
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.channels")));
      assertThat(browser.driver.findElement(By.cssSelector("table.channels")).getText())
          .contains("Landelijk loket");
      assertThat(browser.driver.findElements(By.cssSelector("form.decision"))).isEmpty();
      assertThat(browser.mainText()).contains("besluiten vastleggen kan alleen een redacteur");
    }
  }

  /** The text of the dashboard row of one cluster, its cells separated by spaces. */
  private static String dashboardRow(HeadlessChromium browser, String cluster) {
    WebElement row =
        browser.driver.findElement(
            By.xpath(
                "//table[contains(@class,'dashboard')]//tr[th[normalize-space()='"
                    + cluster
                    + "']]"));
    return row.getText().replace('\n', ' ');
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
