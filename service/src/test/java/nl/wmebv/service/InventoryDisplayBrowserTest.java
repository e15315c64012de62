package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The compact inventory in headless Chromium against the demo: about 20 one-line rows on a 1366x900
 * screen, the person's choice of columns and page size (kept in a cookie for the next visit and the
 * inline edit row), and "1 product" for a count of one.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InventoryDisplayBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.demo(DB);

  @BeforeAll
  static void demoCrawled() throws InterruptedException {
    TestUsers.create(DB.jdbi(), "consultant", Role.EDITOR);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM crawl_run WHERE status = 'FINISHED'")
                        .mapTo(Integer.class)
                        .one())
        == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the demo crawl did not finish");
      }
      Thread.sleep(250);
    }
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void rowsAreOneLineTheColumnsAndPageSizeAreChosenAndKept() {
    int total =
        DB.jdbi()
            .withHandle(
                h -> h.createQuery("SELECT count(*) FROM product").mapTo(Integer.class).one());
    assertThat(total).isGreaterThan(50);
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.driver.manage().window().setSize(new Dimension(1366, 900));
      browser.login(base(), "/inventaris", "consultant", TestUsers.PASSWORD);
      assertThat(caption(browser)).isEqualTo(total + " producten, pagina 1 van 2");
      assertThat(headers(browser))
          .contains("WMEBV", "Eigenaar", "Deadline")
          .doesNotContain("Webadres");

      // compact: every row one line high, 20 rows take less than two thirds of a 900 px screen
      List<WebElement> rows =
          browser.driver.findElements(By.cssSelector("table.inventory tbody tr"));
      assertThat(rows).hasSize(50);
      int twenty = 0;
      for (WebElement row : rows.subList(0, 20)) {
        int height = row.getSize().getHeight();
        assertThat(height).as("row height of " + row.getText()).isLessThanOrEqualTo(30);
        twenty += height;
      }
      assertThat(twenty).as("20 rows").isLessThanOrEqualTo(600);
      List<?> widths =
          (List<?>)
              ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                  .executeScript(
                      "const t = document.querySelector('table.inventory'); return [t.offsetWidth, t.parentElement.clientWidth];");
      assertThat(((Number) widths.get(0)).intValue())
          .as("the default columns fit 1366 px without scrolling the table")
          .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
      browser.screenshot("inventaris-1366");

      // choose: no owner, the page URL and last change, 20 a page
      browser.driver.findElement(By.cssSelector("details.display-choice summary")).click();
      browser.driver.findElement(By.cssSelector("#weergave input[value=eigenaar]")).click();
      browser.driver.findElement(By.cssSelector("#weergave input[value=pagina]")).click();
      browser.driver.findElement(By.cssSelector("#weergave input[value=gewijzigd]")).click();
      new Select(browser.driver.findElement(By.cssSelector("#weergave select[name=per]")))
          .selectByVisibleText("20");
      browser.driver.findElement(By.cssSelector("#weergave button[type=submit]")).click();
      browser.wait.until(ExpectedConditions.urlContains("weergave=1"));
      assertChosen(browser, total);

      // kept: the inventory from the menu shows the same, and so does a row's inline edit and its
      // cancel
      browser.driver.findElement(By.linkText("Inventaris")).click();
      browser.wait.until(ExpectedConditions.urlMatches("/inventaris$"));
      assertChosen(browser, total);
      WebElement first = browser.driver.findElement(By.cssSelector("table.inventory tbody tr"));
      String rowId = first.getAttribute("id");
      first.findElement(By.linkText("Bewerken")).click();
      WebElement cell =
          browser.wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("tr#" + rowId + ".editing td")));
      assertThat(cell.getAttribute("colspan")).isEqualTo(String.valueOf(headers(browser).size()));
      browser
          .driver
          .findElement(By.xpath("//tr[@id='" + rowId + "']//button[normalize-space()='Annuleren']"))
          .click();
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("tr#" + rowId + ":not(.editing)")));
      assertThat(browser.driver.findElements(By.cssSelector("tr#" + rowId + " td")))
          .hasSize(headers(browser).size());
      assertThat(browser.driver.findElement(By.cssSelector("tr#" + rowId)).getText())
          .contains("/producten/");

      // one product: singular
      int matches =
          DB.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT count(*) FROM product WHERE name ILIKE '%afvalstoffenheffing%'")
                          .mapTo(Integer.class)
                          .one());
      assertThat(matches).as("the demo has one product of that name").isEqualTo(1);
      browser.driver.get(base() + "/inventaris?q=afvalstoffenheffing");
      assertThat(caption(browser)).isEqualTo("1 product");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  private static void assertChosen(HeadlessChromium browser, int total) {
    assertThat(headers(browser))
        .contains("WMEBV", "Webadres", "Laatst gewijzigd", "Deadline")
        .doesNotContain("Eigenaar");
    assertThat(browser.driver.findElements(By.cssSelector("table.inventory tbody tr"))).hasSize(20);
    assertThat(caption(browser))
        .isEqualTo(total + " producten, pagina 1 van " + ((total + 19) / 20));
  }

  private static List<String> headers(HeadlessChromium browser) {
    return browser.driver.findElements(By.cssSelector("table.inventory thead th")).stream()
        .map(th -> th.getAttribute("textContent").strip())
        .toList();
  }

  private static String caption(HeadlessChromium browser) {
    return browser.driver.findElement(By.cssSelector("table.inventory caption")).getText();
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
