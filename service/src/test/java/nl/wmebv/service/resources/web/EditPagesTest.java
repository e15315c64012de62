package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
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
 * The clusters page (edit clusters and rules) and editing or deleting a planned session, in the web
 * view.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class EditPagesTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static Inventory inv;
  static long m;
  static long site;
  static SessionLogin browser;
  static SessionLogin.Session anna;
  static SessionLogin.Session lezer;

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "anna", Role.ADMIN); // clusters and municipalities are an admin's
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    inv = new Inventory(DB.jdbi());
    long[] kampen = inv.municipality("kampen");
    m = kampen[0];
    site = kampen[1];
    browser = new SessionLogin(APP.getLocalPort());
    anna = browser.login("anna");
    lezer = browser.login("lezer");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void aRefusedProductSaveKeepsWhatWasTypedInTheForm() {
    long p = inv.product(m, site, "Parkeervergunning bewoners", null, null, "DIGITAL");
    String form = "/producten/" + p + "/besluit";

    SessionLogin.Reply invalid =
        browser.form(
            anna, form, "version", "1", "notes", "Getypte notitie", "ownerEmail", "geen adres");
    assertThat(invalid.status()).as("not an e-mail address").isEqualTo(422);
    assertThat(invalid.body())
        .contains("Bij Producteigenaar (e-mail) staat geen e-mailadres")
        .contains("Getypte notitie</textarea>")
        .contains("name=\"ownerEmail\" type=\"email\" value=\"geen adres\"");

    inv.sql("UPDATE product SET version = version + 1, notes = 'Van een ander' WHERE id = ?", p);
    SessionLogin.Reply stale =
        browser.form(
            anna, form, "version", "1", "notes", "Mijn notitie", "ownerEmail", "web@kampen.nl");
    assertThat(stale.status()).as("someone else saved first").isEqualTo(409);
    assertThat(stale.body())
        .contains("Uw invoer staat nog in het formulier")
        .contains("Mijn notitie</textarea>")
        .contains("value=\"web@kampen.nl\"")
        .as("based on the newest version, so saving again records the entry")
        .contains("name=\"version\" value=\"2\"");

    SessionLogin.Reply saved =
        browser.form(
            anna, form, "version", "2", "notes", "Mijn notitie", "ownerEmail", "web@kampen.nl");
    assertThat(saved.status()).isEqualTo(303);
    assertThat(inv.count("SELECT count(*) FROM product WHERE owner_email = 'web@kampen.nl'"))
        .isEqualTo(1);
  }

  @Test
  void theClustersPageEditsAndDeletesClustersAndRulesInDutch() {
    long wonen = inv.cluster(m, "Wonen", 1);
    long werk = inv.cluster(m, "Werk", 2);
    inv.sql(
        "INSERT INTO cluster_rule (municipality_id, cluster_id, kind, pattern, position) VALUES (?, ?, 'NAME', 'huur', 1)",
        m,
        wonen);
    long rule = inv.count("SELECT id FROM cluster_rule WHERE pattern = 'huur'");

    String page = browser.page(anna, "/clusters?gemeente=" + m).body();
    assertThat(page)
        .contains("<h1>Clusters en regels</h1>", "<a href=\"/clusters\">Clusters</a>")
        .contains(
            "<label class=\"visually-hidden\" for=\"cluster-"
                + wonen
                + "-naam\">Naam van cluster Wonen</label>")
        .contains("action=\"/clusters/" + m + "/clusters/" + wonen + "\"")
        .contains("action=\"/clusters/" + m + "/clusters/" + wonen + "/verwijderen\"")
        .contains("action=\"/clusters/" + m + "/regels/" + rule + "\"")
        .contains("name=\"_csrf\" value=\"" + anna.csrf() + "\"");
    assertThat(browser.page(anna, "/").body()).contains("href=\"/clusters?gemeente=" + m + "\"");

    SessionLogin.Reply renamed =
        browser.form(
            anna,
            "/clusters/" + m + "/clusters/" + wonen,
            "name",
            "Wonen en Bouwen",
            "position",
            "5");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(303);
    assertThat(renamed.location())
        .endsWith("/clusters?gemeente=" + m + "&gedaan=cluster-gewijzigd");
    assertThat(browser.page(anna, "/clusters?gemeente=" + m + "&gedaan=cluster-gewijzigd").body())
        .contains("Het cluster is gewijzigd.")
        .contains("value=\"Wonen en Bouwen\"");
    assertThat(
            inv.count(
                "SELECT count(*) FROM audit_event WHERE event = 'cluster.updated' AND actor = 'anna'"))
        .isEqualTo(1);

    SessionLogin.Reply duplicate =
        browser.form(
            anna, "/clusters/" + m + "/clusters/" + wonen, "name", "Werk", "position", "5");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.body())
        .contains("Er is al een cluster met de naam “Werk”.")
        .contains("role=\"alert\"");
    SessionLogin.Reply invalid =
        browser.form(anna, "/clusters/" + m + "/clusters/" + wonen, "name", " ", "position", "-3");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body())
        .contains("Vul de naam in.")
        .contains("De volgorde moet een heel getal");
    assertThat(
            browser
                .form(anna, "/clusters/" + m + "/clusters/999999", "name", "X", "position", "1")
                .status())
        .isEqualTo(404);

    SessionLogin.Reply badRule =
        browser.form(
            anna,
            "/clusters/" + m + "/regels/" + rule,
            "clusterId",
            String.valueOf(werk),
            "kind",
            "URL",
            "pattern",
            "(huur",
            "position",
            "1");
    assertThat(badRule.status()).isEqualTo(422);
    assertThat(badRule.body()).contains("Het patroon is geen geldige reguliere expressie");
    SessionLogin.Reply ruleChanged =
        browser.form(
            anna,
            "/clusters/" + m + "/regels/" + rule,
            "clusterId",
            String.valueOf(werk),
            "kind",
            "URL",
            "pattern",
            "^/werk/",
            "position",
            "3");
    assertThat(ruleChanged.status()).as(ruleChanged.body()).isEqualTo(303);
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_rule WHERE id = ? AND cluster_id = ? AND kind = 'URL' "
                    + "AND pattern = '^/werk/' AND position = 3",
                rule,
                werk))
        .isEqualTo(1);
    assertThat(inv.count("SELECT count(*) FROM audit_event WHERE event = 'cluster_rule.updated'"))
        .isEqualTo(1);

    long product = inv.product(m, site, "Huurtoeslag", "/huurtoeslag", werk, "NONE");
    SessionLogin.Reply full =
        browser.form(anna, "/clusters/" + m + "/clusters/" + werk + "/verwijderen");
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.body()).contains("Dit cluster bevat nog 1 product(en)");
    inv.sql("DELETE FROM product WHERE id = ?", product);
    assertThat(browser.form(anna, "/clusters/" + m + "/regels/" + rule + "/verwijderen").location())
        .endsWith("gedaan=regel-verwijderd");
    assertThat(
            browser.form(anna, "/clusters/" + m + "/clusters/" + werk + "/verwijderen").location())
        .endsWith("gedaan=cluster-verwijderd");
    assertThat(inv.count("SELECT count(*) FROM cluster WHERE id = ?", werk)).isZero();

    String forViewer = browser.page(lezer, "/clusters?gemeente=" + m).body();
    assertThat(forViewer)
        .contains("Wonen en Bouwen")
        .doesNotContain("/verwijderen")
        .doesNotContain("<input id=\"cluster-")
        .contains("Clusters en regels wijzigen kan alleen een beheerder.");
    SessionLogin.Reply viewerPost =
        browser.form(
            lezer, "/clusters/" + m + "/clusters/" + wonen, "name", "Lezer", "position", "1");
    assertThat(viewerPost.status()).isEqualTo(403);
    assertThat(viewerPost.body()).contains("U kunt als lezer niets wijzigen.");

    TestUsers.create(DB.jdbi(), "bram", Role.EDITOR);
    SessionLogin.Session bram = browser.login("bram");
    assertThat(browser.page(bram, "/clusters?gemeente=" + m).body())
        .doesNotContain("/verwijderen")
        .contains("Clusters en regels wijzigen kan alleen een beheerder.");
    SessionLogin.Reply editorPost =
        browser.form(
            bram, "/clusters/" + m + "/clusters/" + wonen, "name", "Redacteur", "position", "1");
    assertThat(editorPost.status())
        .as("an editor records decisions, an admin manages clusters")
        .isEqualTo(403);
    assertThat(editorPost.body()).contains("clusters en regels wijzigen kan alleen een beheerder");

    SessionLogin.Reply forged =
        browser.send(
            anna,
            "POST",
            "/clusters/" + m + "/clusters/" + wonen,
            SessionLogin.FORM,
            "name=Vervalst&position=1",
            "text/html");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("Dit formulier is verlopen of niet van deze website.");
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster WHERE name IN ('Vervalst', 'Lezer', 'Redacteur')"))
        .isZero();
  }

  @Test
  void aPlannedSessionIsChangedOrDeletedOnItsPageAStartedOneNot() {
    long a = inv.cluster(m, "Sessie A", 10);
    long b = inv.cluster(m, "Sessie B", 11);
    SessionLogin.Reply planned =
        browser.form(
            anna,
            "/sessies",
            "clusterId",
            String.valueOf(a),
            "date",
            "2026-05-12",
            "time",
            "09:30",
            "participants",
            "Anna");
    long id = Long.parseLong(planned.location().replaceAll(".*/sessies/(\\d+).*", "$1"));

    assertThat(browser.page(anna, "/sessies").body())
        .contains("href=\"/sessies/" + id + "#wijzigen\"");
    String page = browser.page(anna, "/sessies/" + id).body();
    assertThat(page)
        .contains("<h2 id=\"wijzigen\">Sessie wijzigen</h2>")
        .contains("value=\"2026-05-12\"")
        .contains("value=\"09:30\"")
        .contains("Anna</textarea>")
        .contains("<option value=\"" + a + "\" selected>Sessie A</option>")
        .contains("action=\"/sessies/" + id + "/verwijderen\"");

    SessionLogin.Reply bad =
        browser.form(
            anna,
            "/sessies/" + id + "/wijzigen",
            "clusterId",
            String.valueOf(a),
            "date",
            "2026-02-30",
            "time",
            "",
            "participants",
            "");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body()).contains("De sessie is niet gewijzigd").contains("Vul de tijd in.");
    SessionLogin.Reply changed =
        browser.form(
            anna,
            "/sessies/" + id + "/wijzigen",
            "clusterId",
            String.valueOf(b),
            "date",
            "2026-05-19",
            "time",
            "13:00",
            "participants",
            "Anna, Bram");
    assertThat(changed.status()).as(changed.body()).isEqualTo(303);
    assertThat(browser.page(anna, changed.location().replaceAll("^https?://[^/]+", "")).body())
        .contains("De sessie is gewijzigd.")
        .contains("Sessie Sessie B")
        .contains("dinsdag 19 mei 2026 om 13:00")
        .contains("Anna, Bram");

    SessionLogin.Reply forged =
        browser.send(
            anna, "POST", "/sessies/" + id + "/verwijderen", SessionLogin.FORM, "", "text/html");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(browser.form(lezer, "/sessies/" + id + "/verwijderen").status()).isEqualTo(403);
    assertThat(browser.page(lezer, "/sessies/" + id).body()).doesNotContain("Sessie wijzigen");

    long other =
        Long.parseLong(
            browser
                .form(
                    anna,
                    "/sessies",
                    "clusterId",
                    String.valueOf(a),
                    "date",
                    "2026-05-26",
                    "time",
                    "10:00",
                    "participants",
                    "")
                .location()
                .replaceAll(".*/sessies/(\\d+).*", "$1"));
    assertThat(browser.form(anna, "/sessies/" + other + "/starten").status()).isEqualTo(303);
    assertThat(browser.page(anna, "/sessies/" + other).body()).doesNotContain("Sessie verwijderen");
    SessionLogin.Reply refused = browser.form(anna, "/sessies/" + other + "/verwijderen");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body())
        .contains(
            "Deze sessie is al gestart; alleen een geplande sessie kan worden verwijderd."
                + " De besluiten blijven bewaard.");
    assertThat(
            browser
                .form(
                    anna,
                    "/sessies/" + other + "/wijzigen",
                    "clusterId",
                    String.valueOf(a),
                    "date",
                    "2026-05-26",
                    "time",
                    "11:00",
                    "participants",
                    "")
                .status())
        .isEqualTo(409);

    SessionLogin.Reply asked = browser.form(anna, "/sessies/" + id + "/verwijderen");
    assertThat(asked.status()).as("deleting asks first").isEqualTo(200);
    assertThat(asked.body()).contains("Ja, sessie verwijderen");
    SessionLogin.Reply deleted =
        browser.form(anna, "/sessies/" + id + "/verwijderen", "bevestigd", "ja");
    assertThat(deleted.status()).isEqualTo(303);
    assertThat(deleted.location()).endsWith("/sessies?verwijderd=1");
    assertThat(browser.page(anna, "/sessies?verwijderd=1").body())
        .contains("De sessie is verwijderd.");
    assertThat(inv.count("SELECT count(*) FROM cluster_session WHERE id = ?", id)).isZero();
    assertThat(inv.count("SELECT count(*) FROM cluster_session WHERE id = ?", other)).isEqualTo(1);
  }
}
