package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.SessionLogin;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import page's steps without a browser: the kept file opens only for the user who uploaded it
 * and only until it is imported; bad rows stop "Toepassen" unless the good rows are accepted;
 * another municipality's id is a 404.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InventoryImportPageTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");
  private static final Pattern TOKEN = Pattern.compile("name=\"bestand\" value=\"([^\"]+)\"");

  static SessionLogin web;
  static Inventory inv;

  @BeforeAll
  static void users() {
    TestUsers.create(DB.jdbi(), "imke", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "piet", Role.EDITOR);
    web = new SessionLogin(APP.getLocalPort());
    inv = new Inventory(DB.jdbi());
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  private static String token(String page) {
    Matcher m = TOKEN.matcher(page);
    assertThat(m.find()).as(page).isTrue();
    return m.group(1);
  }

  @Test
  void theKeptFileOpensOnlyForItsUploaderAndUntilItIsImported() {
    long[] m = inv.municipality("staphorst");
    long pas = inv.product(m[0], m[1], "Paspoort", "/paspoort", null, "NONE");
    SessionLogin.Session imke = web.login("imke");
    SessionLogin.Session piet = web.login("piet");
    String base = "/inventaris/import/" + m[0];

    SessionLogin.Reply uploaded =
        web.upload(imke, base + "/bestand", "Product;Opmerkingen\nPaspoort;Nieuwe notitie\n");
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    assertThat(uploaded.body())
        .contains("Kolommen koppelen")
        .contains("<option value=\"NOTES\" selected>");
    String token = token(uploaded.body());

    SessionLogin.Reply stolen =
        web.form(piet, base + "/toepassen", "bestand", token, "kolom0", "NAME", "kolom1", "NOTES");
    assertThat(stolen.status()).isEqualTo(410);
    assertThat(stolen.body()).contains("Het bestand is niet meer bewaard");
    assertThat(inv.count("SELECT count(*) FROM product WHERE id = ? AND notes IS NULL", pas))
        .isEqualTo(1);

    SessionLogin.Reply preview =
        web.form(imke, base + "/voorbeeld", "bestand", token, "kolom0", "NAME", "kolom1", "NOTES");
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.body())
        .contains("Notities: — → Nieuwe notitie")
        .contains("Er is nog niets opgeslagen");
    SessionLogin.Reply twice =
        web.form(imke, base + "/voorbeeld", "bestand", token, "kolom0", "NAME", "kolom1", "NAME");
    assertThat(twice.status()).isEqualTo(422);
    assertThat(twice.body()).contains("Het veld Productnaam is aan twee kolommen gekoppeld");

    SessionLogin.Reply applied =
        web.form(imke, base + "/toepassen", "bestand", token, "kolom0", "NAME", "kolom1", "NOTES");
    assertThat(applied.status()).as(applied.body()).isEqualTo(200);
    assertThat(applied.body()).contains("Geïmporteerd").contains("1 product bijgewerkt");
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND notes = 'Nieuwe notitie'", pas))
        .isEqualTo(1);
    assertThat(web.form(imke, base + "/toepassen", "bestand", token, "kolom0", "NAME").status())
        .as("forgotten once imported")
        .isEqualTo(410);
  }

  @Test
  void badRowsStopApplyingUnlessTheGoodRowsAreAcceptedAndOtherMunicipalitiesAre404() {
    long[] m = inv.municipality("hattem");
    long[] other = inv.municipality("heerde");
    inv.product(m[0], m[1], "Paspoort", "/paspoort", null, "NONE");
    TestUsers.createScoped(DB.jdbi(), "alleen.heerde", Role.EDITOR, other[0]);
    SessionLogin.Session imke = web.login("imke");
    String base = "/inventaris/import/" + m[0];
    String csv =
        "Product;Deadline;Actie\nPaspoort;15-03-2026;Webtekst herschrijven\nRijbewijs;morgen;\n";

    String token = token(web.upload(imke, base + "/bestand", csv).body());
    SessionLogin.Reply refused =
        web.form(
            imke,
            base + "/toepassen",
            "bestand",
            token,
            "kolom0",
            "NAME",
            "kolom1",
            "DEADLINE",
            "kolom2",
            "ACTION_TYPE");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Er is niets geïmporteerd")
        .contains("&quot;morgen&quot; is geen datum")
        .contains("ook goede rijen toepassen als er fouten zijn");
    assertThat(
            inv.count(
                "SELECT count(*) FROM action a JOIN product p ON p.id = a.product_id "
                    + "WHERE p.municipality_id = ?",
                m[0]))
        .isZero();

    SessionLogin.Reply accepted =
        web.form(
            imke,
            base + "/toepassen",
            "bestand",
            token,
            "kolom0",
            "NAME",
            "kolom1",
            "DEADLINE",
            "kolom2",
            "ACTION_TYPE",
            "goedeRijen",
            "ja");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.body()).contains("1 regel met fouten overgeslagen");
    assertThat(
            inv.count(
                "SELECT count(*) FROM action a JOIN product p ON p.id = a.product_id "
                    + "WHERE p.municipality_id = ? AND a.type = 'REWRITE_TEXT' AND a.deadline = DATE '2026-03-15'",
                m[0]))
        .isEqualTo(1);

    SessionLogin.Session outsider = web.login("alleen.heerde");
    assertThat(web.upload(outsider, base + "/bestand", csv).status()).isEqualTo(404);
    assertThat(web.page(outsider, "/inventaris/import?gemeente=" + m[0]).status()).isEqualTo(404);
    assertThat(web.page(outsider, "/inventaris/import?gemeente=" + other[0]).body())
        .contains("Spreadsheet uploaden");
  }

  @Test
  void aMunicipalityWithoutProductsIsPointedToTheImportFirst() {
    long[] m = inv.municipality("ommen");
    SessionLogin.Session imke = web.login("imke");
    String link = "href=\"/inventaris/import?gemeente=" + m[0] + "\"";
    assertThat(web.page(imke, "/inventaris?gemeente=" + m[0]).body())
        .contains("Er staan hier nog geen producten")
        .contains(link);
    assertThat(web.page(imke, "/?gemeente=" + m[0]).body())
        .contains("Nog geen producten")
        .contains(link);
    assertThat(web.page(imke, "/gemeenten/" + m[0]).body()).contains(link);
  }
}
