package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A cluster session in the system's headless Chromium, against the demo: log in, plan a session for
 * Burgerzaken, run it recording two decisions (moving on with the keyboard), finish it and read the
 * verslag. Skipped when /usr/bin/chromedriver is absent.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SessionBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.demo(DB, "auth.secureCookies", "true");

  private HeadlessChromium browser;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void browser() {
    browser = HeadlessChromium.start();
    driver = browser.driver;
    wait = browser.wait;
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void aSessionRecordsTwoDecisionsAndTheVerslagShowsThem() throws Exception {
    TestUsers.create(DB.jdbi(), "anna", Role.EDITOR);
    awaitDemoCrawl();
    List<String> burgerzaken =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            SELECT p.name FROM product p JOIN cluster c ON c.id = p.cluster_id
             WHERE c.name = 'Burgerzaken' ORDER BY lower(p.name), p.id""")
                        .mapTo(String.class)
                        .list());
    assertThat(burgerzaken)
        .as("the demo crawl puts products in Burgerzaken")
        .hasSizeGreaterThanOrEqualTo(3);
    int total = burgerzaken.size();

    // log in through the login page
    driver.get(base() + "/sessies");
    wait.until(ExpectedConditions.urlContains("/login"));
    driver.findElement(By.id("username")).sendKeys("anna");
    driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    wait.until(ExpectedConditions.urlMatches("/sessies$"));

    // plan a session for Burgerzaken
    new Select(driver.findElement(By.id("sessie-cluster"))).selectByVisibleText("Burgerzaken");
    setValue(driver.findElement(By.id("sessie-datum")), "2026-03-10");
    setValue(driver.findElement(By.id("sessie-tijd")), "14:30");
    driver
        .findElement(By.id("sessie-deelnemers"))
        .sendKeys("Anna (informatieadviseur), Bram (Burgerzaken)");
    driver.findElement(By.cssSelector("form.plan-session button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("main"), "De sessie is gepland."));
    assertThat(text()).contains("dinsdag 10 maart 2026 om 14:30");

    // start it: product 1 of N
    driver.findElement(By.xpath("//button[normalize-space()='Sessie starten']")).click();
    waitForPosition(1, total);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(burgerzaken.get(0));
    assertThat(text()).contains("Bewijs uit de laatste crawl").contains("Sneltoetsen");

    // decision 1: typed letters (n, s, p) stay in the notes field; Ctrl+Enter saves and moves on
    driver.findElement(By.cssSelector("input[name=inScope][value=true]")).click();
    driver.findElement(By.cssSelector("input[name=messageTypes][value=aanvraag]")).click();
    new Select(driver.findElement(By.name("textStatus"))).selectByVisibleText("Moet herschreven");
    WebElement notes = driver.findElement(By.name("notes"));
    notes.sendKeys("Nieuw e-formulier nodig, pdf weg");
    assertThat(driver.getCurrentUrl()).endsWith("/product/1");
    notes.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    waitForPosition(2, total);
    assertThat(text()).contains("Besluit over “" + burgerzaken.get(0) + "” opgeslagen.");

    // skip product 2 with the arrow key, then record decision 2 on product 3 with the button
    driver.findElement(By.tagName("h1")).click();
    new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
    waitForPosition(3, total);
    new Actions(driver).sendKeys("p").perform();
    waitForPosition(2, total);
    new Actions(driver).sendKeys("n").perform();
    waitForPosition(3, total);
    driver.findElement(By.cssSelector("input[name=inScope][value=false]")).click();
    new Select(driver.findElement(By.name("actionType")))
        .selectByVisibleText("Webtekst herschrijven");
    driver.findElement(By.name("actionOwner")).sendKeys("Team Web");
    setValue(driver.findElement(By.name("actionDeadline")), "2026-06-30");
    new Select(driver.findElement(By.name("textStatus"))).selectByVisibleText("Moet herschreven");
    driver.findElement(By.xpath("//button[normalize-space()='Besluit opslaan']")).click();
    wait.until(
        d ->
            text().contains("Besluit over “" + burgerzaken.get(2) + "” opgeslagen.")
                || text().contains("Alle producten van deze sessie zijn besproken"));

    // finish the session: the verslag lists both decisions
    driver.findElement(By.xpath("//button[normalize-space()='Sessie afronden']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("bevestigen"))).click();
    wait.until(ExpectedConditions.urlContains("/verslag"));
    List<WebElement> rows = driver.findElements(By.cssSelector("#besluiten tbody tr"));
    assertThat(rows).hasSize(2);
    String first = rows.get(0).getText();
    String second = rows.get(1).getText();
    assertThat(first)
        .contains(burgerzaken.get(0))
        .contains("Ja")
        .contains("Aanvraag")
        .contains("Moet herschreven")
        .contains("Nieuw e-formulier nodig, pdf weg")
        .contains("anna");
    assertThat(second)
        .contains(burgerzaken.get(2))
        .contains("Nee")
        .contains("Webtekst herschrijven")
        .contains("Team Web")
        .contains("30-06-2026")
        .contains("anna");
    assertThat(text())
        .contains("Verslag clustersessie Burgerzaken")
        .contains("Anna (informatieadviseur)")
        .contains("dinsdag 10 maart 2026 om 14:30");
    assertThat(
            driver.findElement(By.xpath("//button[normalize-space()='Afdrukken']")).isDisplayed())
        .isTrue();
    int audited =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT count(*) FROM audit_event WHERE actor = 'anna' AND event = 'product.updated'")
                        .mapTo(Integer.class)
                        .one());
    assertThat(audited)
        .as("both decisions are in the audit trail under the user's name")
        .isEqualTo(2);

    // the dashboard counts them: one of the two is in scope, both texts need rewriting, one open
    // action
    driver.get(base() + "/");
    String burgerzakenRow =
        driver
            .findElement(
                By.xpath(
                    "//table[contains(@class,'dashboard')]//tr[th[normalize-space()='Burgerzaken']]"))
            .getText()
            .replace('\n', ' ');
    assertThat(burgerzakenRow)
        .contains(" " + total + " ")
        .contains("van 1")
        .contains("1 / 0 / 0")
        .contains((total - 2) + " / 2 / 0 / 0");
  }

  private void waitForPosition(int n, int total) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("positie"), "Product " + n + " van " + total));
    wait.until(ExpectedConditions.urlContains("/product/" + n));
  }

  private String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Date and time inputs take their value in a locale-dependent way when typed; set it like a
   * picker does.
   */
  private void setValue(WebElement input, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            input,
            value);
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }

  private static void awaitDemoCrawl() throws InterruptedException {
    Http api = new Http(APP.getLocalPort(), "anna");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      Http.Reply r = api.get("/api/crawls/1");
      JsonNode run = r.body();
      if (r.status() == 200 && run != null && !"RUNNING".equals(run.get("status").asText())) {
        assertThat(run.get("status").asText()).isEqualTo("FINISHED");
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the demo crawl did not finish in time");
  }
}
