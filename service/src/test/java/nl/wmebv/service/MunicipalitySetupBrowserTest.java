package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
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
 * Issue 14, section 4, in the system's headless Chromium: an admin registers a municipality with a
 * second host on /gemeenten, sets what is crawled and its schedule in Dutch ("elke maandag om
 * 03:00", then "elke 7 dagen"), and a wrong host is refused in Dutch; every step is checked in the
 * database too.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MunicipalitySetupBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");

  @BeforeAll
  static void setUp() {
    TestUsers.create(DB.jdbi(), "beheerder", Role.ADMIN);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void anAdminRegistersAMunicipalityAndSetsItsScheduleInTheWebView() {
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.login(base(), "/gemeenten", "beheerder", TestUsers.PASSWORD);
      assertThat(browser.mainText()).contains("Er is nog geen gemeente geregistreerd");
      type(browser, "gemeente-naam", "Kampen");
      type(browser, "gemeente-website", "https://www.kampen.nl");
      type(browser, "gemeente-hosts", "werkeninkampen.nl");
      browser
          .driver
          .findElement(By.cssSelector("form.register-municipality button[type=submit]"))
          .click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("melding"), "De gemeente is geregistreerd"));
      long site =
          DB.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT s.id FROM site s JOIN municipality m"
                                  + " ON m.id = s.municipality_id WHERE m.name = 'Kampen'")
                          .mapTo(Long.class)
                          .one());
      assertThat(hosts(site)).containsExactly("werkeninkampen.nl");
      String sid = "site-" + site;
      assertThat(browser.driver.findElement(By.id(sid + "-schema")).getText())
          .contains("geen schema: alleen met de hand");

      // what is crawled: a wrong host is refused in Dutch and changes nothing, then a good one is
      // saved
      type(browser, sid + "-hosts", "werkeninkampen.nl\nhttps://sociaaldomeinkampen.nl/");
      type(browser, sid + "-niet", "^/nieuws/");
      submit(browser, "form.site-settings");
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fouten")));
      assertThat(browser.driver.findElement(By.id("fouten")).getText())
          .contains("is geen hostnaam");
      assertThat(hosts(site)).containsExactly("werkeninkampen.nl");
      type(browser, sid + "-hosts", "werkeninkampen.nl\nsociaaldomeinkampen.nl");
      type(browser, sid + "-niet", "^/nieuws/");
      submit(browser, "form.site-settings");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("melding"), "De hosts en patronen zijn opgeslagen"));
      assertThat(hosts(site)).containsExactly("werkeninkampen.nl", "sociaaldomeinkampen.nl");
      String[] excludes =
          DB.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT exclude_patterns FROM site WHERE id = :s")
                          .bind("s", site)
                          .mapTo(String[].class)
                          .one());
      assertThat(excludes).containsExactly("^/nieuws/");

      // elke maandag om 03:00
      browser.driver.findElement(By.id(sid + "-week")).click();
      new Select(browser.driver.findElement(By.id(sid + "-dag"))).selectByVisibleText("maandag");
      setTime(browser, sid + "-tijd", "03:00");
      submit(browser, "form.schedule");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("melding"), "Het crawlschema is opgeslagen"));
      assertThat(browser.driver.findElement(By.id(sid + "-schema")).getText())
          .contains("elke maandag om 03:00")
          .contains("de volgende crawl begint");
      assertThat(schedule(site)).isEqualTo("0 0 3 * * MON|null|true");

      // elke 7 dagen, switched off
      browser.driver.findElement(By.id(sid + "-dagen-soort")).click();
      type(browser, sid + "-dagen", "7");
      browser.driver.findElement(By.id(sid + "-actief")).click();
      submit(browser, "form.schedule");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id(sid + "-schema"), "elke 7 dagen (uitgeschakeld)"));
      assertThat(schedule(site)).isEqualTo("null|604800|false");
      assertThat(browser.driver.findElement(By.id(sid + "-dagen-soort")).isSelected()).isTrue();
      browser.driver.get(base() + "/gemeenten");
      assertThat(browser.mainText())
          .contains("Kampen")
          .contains("werkeninkampen.nl, sociaaldomeinkampen.nl")
          .contains("elke 7 dagen (uitgeschakeld)");
      // the refused host above answers 422 with the Dutch form, which the browser logs; nothing
      // else may be logged
      assertThat(browser.consoleErrors()).filteredOn(e -> !e.contains("status of 422")).isEmpty();
      browser.screenshot("gemeenten");
    }
  }

  private static void type(HeadlessChromium browser, String id, String text) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** A time input takes its digits in the browser's own order: set the value as a script would. */
  private static void setTime(HeadlessChromium browser, String id, String value) {
    WebElement field = browser.driver.findElement(By.id(id));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript("arguments[0].value = arguments[1]", field, value);
  }

  private static void submit(HeadlessChromium browser, String form) {
    WebElement button = browser.driver.findElement(By.cssSelector(form + " button[type=submit]"));
    button.click();
    browser.wait.until(ExpectedConditions.stalenessOf(button));
  }

  private static List<String> hosts(long site) {
    return List.of(
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT extra_hosts FROM site WHERE id = :s")
                        .bind("s", site)
                        .mapTo(String[].class)
                        .one()));
  }

  private static String schedule(long site) {
    return DB.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT concat_ws('|', coalesce(cron, 'null'),"
                            + " coalesce(interval_seconds::text, 'null'), enabled::text) FROM crawl_schedule WHERE site_id = :s")
                    .bind("s", site)
                    .mapTo(String.class)
                    .one());
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
