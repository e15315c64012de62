package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.wmebv.crawler.detect.AnalysisJson;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A cluster session as a meeting, in the system's headless Chromium: a viewer follows the chair
 * (who works over HTTP here) from product to product without a reload and sees what was decided;
 * finishing and deleting ask first; a conflicting save keeps what was typed beside the current
 * state and names who changed what and when. Skipped when /usr/bin/chromedriver is absent.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SessionMeetingBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");
  private static final String IDENTITEITSKAART =
      "http://standaarden.overheid.nl/owms/terms/identiteitskaart";

  static Inventory inv;
  static long m;
  static long site;
  static int counter;
  private HeadlessChromium browser;

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "anna", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "bram", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    inv = new Inventory(DB.jdbi());
    long[] kampen = inv.municipality("kampen");
    m = kampen[0];
    site = kampen[1];
  }

  @BeforeEach
  void startBrowser() {
    browser = HeadlessChromium.start();
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
  void aViewerFollowsTheChairToTheNextProductWithoutAReloadAndSeesTheRecordedDecision() {
    long cluster = inv.cluster(m, "Burgerzaken", 1);
    long afval = product("Afvalpas", cluster);
    product("Bouwvergunning", cluster);
    product("Carport melden", cluster);
    SessionLogin http = new SessionLogin(APP.getLocalPort());
    SessionLogin.Session anna = http.login("anna");
    long id = plan(http, anna, cluster);
    assertThat(http.form(anna, "/sessies/" + id + "/starten").status()).isEqualTo(303);
    assertThat(http.page(anna, "/sessies/" + id + "/product/1").body())
        .contains("U zit deze sessie voor");

    browser.login(base(), "/sessies/" + id, "lezer", TestUsers.PASSWORD);
    browser.driver.findElement(By.id("meekijken")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("positie"), "Product 1 van 3"));
    assertThat(browser.mainText())
        .contains("U kijkt mee")
        .contains("de voorzitter (anna)")
        .contains("Voor dit product is in deze sessie nog geen besluit vastgelegd.");
    // a mark on this document: it survives only as long as the page is not loaded again
    js("window.wmebvSamePage = 'ja';");

    // the chair records product 1 and goes on to product 2
    assertThat(
            http.form(
                    anna,
                    "/sessies/" + id + "/besluit/" + afval,
                    "version",
                    "1",
                    "messageTypesShown",
                    "1",
                    "inScope",
                    "true",
                    "messageTypes",
                    "aanvraag",
                    "textStatus",
                    "NEEDS_REWRITING",
                    "actionType",
                    "CREATE_EFORM",
                    "actionOwner",
                    "Team Burgerzaken",
                    "actionDeadline",
                    "2026-06-30",
                    "actionStatus",
                    "OPEN",
                    "notes",
                    "")
                .status())
        .isEqualTo(303);
    http.page(anna, "/sessies/" + id + "/product/2");

    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("positie"), "Product 2 van 3"));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bouwvergunning");
    browser.wait.until(ExpectedConditions.urlMatches("/sessies/" + id + "/product/2$"));
    assertThat(js("return window.wmebvSamePage;")).as("no reload").isEqualTo("ja");
    String recorded = browser.driver.findElement(By.id("besluit-nu")).getText();
    assertThat(recorded)
        .contains("Zojuist vastgelegd: Afvalpas (anna, ")
        .contains("Valt onder de WMEBV\nJa")
        .contains("Soorten berichten\nAanvraag")
        .contains("Actie\nE-formulier maken")
        .contains("Eigenaar\nTeam Burgerzaken")
        .contains("Deadline\n30-06-2026")
        .contains("Webtekst\nMoet herschreven");
    assertThat(browser.driver.getTitle()).startsWith("Product 2 van 3: Bouwvergunning");
    browser.screenshot("sessie-meekijken");

    // the chair goes back: the viewer sees product 1 with its decision, still without a reload
    http.page(anna, "/sessies/" + id + "/product/1");
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("positie"), "Product 1 van 3"));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("besluit-nu"), "Besluit over dit product (anna, "));
    assertThat(browser.driver.findElement(By.id("besluit-nu")).getText())
        .contains("Eigenaar\nTeam Burgerzaken");
    assertThat(js("return window.wmebvSamePage;")).as("no reload").isEqualTo("ja");
    assertThat(browser.consoleErrors()).as("the Content-Security-Policy refused nothing").isEmpty();
  }

  @Test
  void anEditorWhoFollowsKeepsAHalfTypedDecisionWhenTheChairMovesOn() {
    long cluster = inv.cluster(m, "Openbare Ruimte", 4);
    product("Bankje melden", cluster);
    product("Stoeptegel melden", cluster);
    SessionLogin http = new SessionLogin(APP.getLocalPort());
    SessionLogin.Session anna = http.login("anna");
    long id = plan(http, anna, cluster);
    http.form(anna, "/sessies/" + id + "/starten");
    http.page(anna, "/sessies/" + id + "/product/1");

    browser.login(base(), "/sessies/" + id + "/product/1", "bram", TestUsers.PASSWORD);
    assertThat(browser.mainText()).contains("U kijkt mee").contains("Voorzitter worden");
    browser.driver.findElement(By.name("notes")).sendKeys("Bram typt nog");
    http.page(anna, "/sessies/" + id + "/product/2");

    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("volgen-wacht")));
    assertThat(browser.driver.findElement(By.id("positie")).getText()).isEqualTo("Product 1 van 2");
    assertThat(browser.driver.findElement(By.name("notes")).getAttribute("value"))
        .isEqualTo("Bram typt nog");
    assertThat(browser.driver.findElement(By.id("volgen-wacht")).getText())
        .contains("De voorzitter is verder gegaan; uw invoer is nog niet opgeslagen.");
  }

  @Test
  void finishingAndDeletingASessionAskForConfirmationFirst() {
    long cluster = inv.cluster(m, "Belastingen", 2);
    product("Hondenbelasting", cluster);
    product("Kwijtschelding", cluster);
    SessionLogin http = new SessionLogin(APP.getLocalPort());
    SessionLogin.Session anna = http.login("anna");
    long planned = plan(http, anna, cluster);
    long running = plan(http, anna, cluster);
    http.form(anna, "/sessies/" + running + "/starten");

    browser.login(base(), "/sessies/" + planned, "anna", TestUsers.PASSWORD);
    button("Sessie verwijderen").click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Sessie Belastingen verwijderen?"));
    browser.driver.findElement(By.id("annuleren")).click();
    browser.wait.until(ExpectedConditions.urlMatches("/sessies/" + planned + "$"));
    assertThat(inv.count("SELECT count(*) FROM cluster_session WHERE id = ?", planned))
        .isEqualTo(1);
    button("Sessie verwijderen").click();
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("bevestigen"))).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("main"), "De sessie is verwijderd."));
    assertThat(inv.count("SELECT count(*) FROM cluster_session WHERE id = ?", planned)).isZero();

    browser.driver.get(base() + "/sessies/" + running + "/product/1");
    button("Sessie afronden").click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Sessie Belastingen afronden?"));
    browser.screenshot("sessie-afronden-bevestigen");
    assertThat(browser.mainText())
        .contains("0 van 2 producten besproken")
        .contains("2 producten zijn nog niet besproken");
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND status = 'IN_PROGRESS'",
                running))
        .isEqualTo(1);
    browser.driver.findElement(By.id("bevestigen")).click();
    browser.wait.until(ExpectedConditions.urlContains("/sessies/" + running + "/verslag"));
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND status = 'DONE'", running))
        .isEqualTo(1);
  }

  @Test
  void aConflictingSaveKeepsWhatWasTypedBesideTheCurrentStateAndNamesWhoChangedWhatWhen() {
    long cluster = inv.cluster(m, "Sociaal Domein", 3);
    long kaart = product("Identiteitskaart aanvragen", cluster);
    inv.sql("UPDATE product SET upl_uri = ? WHERE id = ?", IDENTITEITSKAART, kaart);
    SessionLogin http = new SessionLogin(APP.getLocalPort());
    SessionLogin.Session anna = http.login("anna");
    long id = plan(http, anna, cluster);
    http.form(anna, "/sessies/" + id + "/starten");

    browser.login(base(), "/sessies/" + id + "/product/1", "anna", TestUsers.PASSWORD);
    // the UPL proposal is where the group decides scope
    assertThat(browser.driver.findElement(By.id("upl-voorstel")).getText())
        .contains("Voorstel uit de UPL")
        .contains("Valt onder de WMEBV")
        .contains("identiteitskaart");
    browser.driver.findElement(By.cssSelector("input[name=inScope][value=true]")).click();
    browser.driver.findElement(By.name("notes")).sendKeys("Anna typte dit");

    // meanwhile someone else saves the product
    assertThat(
            new Http(APP.getLocalPort(), "bram")
                .patch(
                    "/api/products/" + kaart,
                    "{\"version\": 1, \"notes\": \"Bram was eerder\"}",
                    null)
                .status())
        .isEqualTo(200);
    OffsetDateTime at =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT max(at) FROM audit_event WHERE product_id = ? AND actor = 'bram'")
                        .bind(0, kaart)
                        .mapTo(OffsetDateTime.class)
                        .one());
    String dutch =
        at.atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
            .format(DateTimeFormatter.ofPattern("d-M-yyyy HH:mm"));

    button("Besluit opslaan").click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("huidige-stand")));
    assertThat(browser.driver.findElement(By.id("melding")).getText())
        .contains("dit product is intussen gewijzigd door bram op " + dutch)
        .contains("Notities: — → Bram was eerder");
    assertThat(browser.driver.findElement(By.name("notes")).getAttribute("value"))
        .isEqualTo("Anna typte dit");
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("input[name=inScope][value=true]"))
                .isSelected())
        .isTrue();
    assertThat(browser.driver.findElement(By.id("huidige-stand")).getText())
        .contains("Notities: Bram was eerder")
        .contains("Valt onder de WMEBV: nog niet besloten");
    assertThat(browser.driver.findElement(By.id("uw-invoer")).getText())
        .contains("Notities: Anna typte dit");
    browser.screenshot("sessie-conflict");

    // saving again, knowingly, records the entry
    button("Besluit opslaan").click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("main"), "Alle producten van deze sessie zijn besproken"));
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND notes = 'Anna typte dit' AND in_scope",
                kaart))
        .isEqualTo(1);
  }

  private org.openqa.selenium.WebElement button(String text) {
    return browser.wait.until(
        ExpectedConditions.elementToBeClickable(
            By.xpath("//button[normalize-space()='" + text + "']")));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser.driver).executeScript(script);
  }

  private static long plan(SessionLogin http, SessionLogin.Session anna, long cluster) {
    SessionLogin.Reply ok =
        http.form(
            anna,
            "/sessies",
            "clusterId",
            String.valueOf(cluster),
            "date",
            "2026-05-12",
            "time",
            "09:30",
            "participants",
            "Anna, Bram");
    assertThat(ok.status()).as(ok.body()).isEqualTo(303);
    return Long.parseLong(ok.location().replaceAll(".*/sessies/(\\d+).*", "$1"));
  }

  private static long product(String name, long cluster) {
    long id = inv.product(m, site, name, "/p/" + (++counter), cluster, "NOT_DIGITAL");
    String analysis =
        AnalysisJson.toJson(
            new PageAnalysis(
                null,
                List.of(),
                ChannelStatus.NOT_DIGITAL,
                List.of("aanvraag"),
                List.of("Wat is het?"),
                List.of("Hoe werkt het?"),
                List.of(),
                null));
    inv.sql(
        "UPDATE page SET analysis = CAST(? AS jsonb) WHERE id = (SELECT page_id FROM product WHERE id = ?)",
        analysis,
        id);
    return id;
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
