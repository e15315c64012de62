package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The dashboard's progress bar moves in a real browser while a crawl runs, without a reload. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CrawlProgressBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite SITE = DemoSite.start("127.0.0.1", 0);

  // a delay per request keeps the crawl of the demo site running for several seconds
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "40",
          "crawler.threads",
          "1",
          "crawler.allowPrivateAddresses",
          "true",
          "crawler.checkChannels",
          "false",
          "scheduler.enabled",
          "false");

  @AfterAll
  static void tearDown() {
    SITE.close();
    DB.close();
  }

  @Test
  void theProgressBarMovesAndEndsAtDone() {
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      long siteId =
          new MunicipalityService(DB.jdbi())
              .create("Voorbeeldstad", SITE.baseUri().toString())
              .sites()
              .get(0)
              .id();
      TestUsers.create(DB.jdbi(), "kijker", Role.VIEWER);
      TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
      String base = "http://localhost:" + APP.getLocalPort();
      browser.login(base, "/", "kijker", TestUsers.PASSWORD);
      long run =
          new Http(APP.getLocalPort(), "redacteur")
              .post("/api/sites/" + siteId + "/crawls", "{}")
              .body()
              .get("id")
              .asLong();
      browser.driver.get(base + "/");
      By crawl = By.id("crawl-" + run);
      String first =
          browser.wait.until(ExpectedConditions.presenceOfElementLocated(crawl)).getText();
      assertThat(first).contains("Crawl bezig");

      // htmx swaps the fragment every second: the text changes while the page itself is never
      // reloaded
      JavascriptExecutor page = (JavascriptExecutor) browser.driver;
      page.executeScript("window.notReloaded = true;");
      browser.wait.until(d -> !d.findElement(crawl).getText().equals(first));
      browser
          .wait
          .withTimeout(Duration.ofSeconds(60))
          .until(d -> d.findElement(crawl).getText().contains("Crawl klaar"));
      assertThat(
              browser
                  .driver
                  .findElement(crawl)
                  .findElement(By.tagName("progress"))
                  .getAttribute("value"))
          .isEqualTo("100");
      assertThat(page.executeScript("return window.notReloaded"))
          .as("the bar moved by htmx, not by a reload")
          .isEqualTo(true);
    }
  }
}
