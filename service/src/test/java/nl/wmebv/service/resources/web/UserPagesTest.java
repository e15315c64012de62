package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.service.SessionLogin;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.core.auth.UserAccounts;
import nl.wmebv.service.core.auth.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The users page: admins add users (password shown once), change roles, give new passwords,
 * disable, enable.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class UserPagesTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);
  private static final Pattern PASSWORD =
      Pattern.compile("<code id=\"eenmalig-wachtwoord\">([^<]+)</code>");

  static SessionLogin browser;
  static SessionLogin.Session anna;
  static SessionLogin.Session bram;
  static UserService users;

  @BeforeAll
  static void logins() {
    TestUsers.create(DB.jdbi(), "anna", Role.ADMIN);
    TestUsers.create(DB.jdbi(), "bram", Role.EDITOR);
    users = new UserService(DB.jdbi(), 1);
    browser = new SessionLogin(APP.getLocalPort());
    anna = browser.login("anna");
    bram = browser.login("bram");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void anAdminAddsAUserSeesThePasswordOnceAndChangesRoleDisablesAndEnables() {
    String page = browser.page(anna, "/gebruikers").body();
    assertThat(page)
        .contains("<h1>Gebruikers</h1>", "<a href=\"/gebruikers\">Gebruikers</a>")
        .contains("<label for=\"nieuw-gebruikersnaam\">Gebruikersnaam")
        .contains("anna (u zelf)")
        .contains("name=\"_csrf\" value=\"" + anna.csrf() + "\"");
    long annaId = id("anna");
    assertThat(page).doesNotContain("action=\"/gebruikers/" + annaId + "/uitschakelen\"");

    SessionLogin.Reply bad =
        browser.form(anna, "/gebruikers", "username", "x", "displayName", "", "role", "GOD");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body())
        .contains("De gebruikersnaam moet 2 tot 64 tekens lang zijn")
        .contains("Kies een rol: lezer, redacteur of beheerder.")
        .contains("role=\"alert\"")
        .doesNotContain("eenmalig-wachtwoord");

    SessionLogin.Reply added =
        browser.form(
            anna,
            "/gebruikers",
            "username",
            "Carla",
            "displayName",
            "Carla de Vries",
            "role",
            "VIEWER");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.body())
        .contains("Gebruiker carla is toegevoegd")
        .contains("Geef dit wachtwoord door; het wordt niet nog eens getoond");
    Matcher m = PASSWORD.matcher(added.body());
    assertThat(m.find()).isTrue();
    String password = m.group(1);
    assertThat(password).hasSize(16);
    assertThat(users.authenticate("carla", password))
        .get()
        .extracting(User::role)
        .isEqualTo(Role.VIEWER);
    String stored =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT password_hash FROM app_user WHERE username = 'carla'")
                        .mapTo(String.class)
                        .one());
    assertThat(stored).startsWith("$argon2id$").doesNotContain(password);

    String list = browser.page(anna, "/gebruikers").body();
    assertThat(list)
        .as("shown once")
        .doesNotContain(password)
        .doesNotContain("eenmalig-wachtwoord")
        .contains("Carla de Vries")
        .contains("lezer");
    assertThat(browser.form(anna, "/gebruikers", "username", "carla", "role", "EDITOR").status())
        .isEqualTo(409);

    long carla = id("carla");
    SessionLogin.Reply role = browser.form(anna, "/gebruikers/" + carla + "/rol", "role", "EDITOR");
    assertThat(role.status()).as(role.body()).isEqualTo(303);
    assertThat(role.location()).contains("/gebruikers?gedaan=rol-gewijzigd");
    assertThat(browser.page(anna, "/gebruikers?gedaan=rol-gewijzigd").body())
        .contains("De rol is gewijzigd.")
        .contains("<option value=\"EDITOR\" selected>redacteur</option>");
    assertThat(users.authenticate("carla", password))
        .as("the password stays")
        .get()
        .extracting(User::role)
        .isEqualTo(Role.EDITOR);

    assertThat(browser.form(anna, "/gebruikers/" + carla + "/uitschakelen").location())
        .contains("gedaan=uitgeschakeld");
    assertThat(users.authenticate("carla", password)).isEmpty();
    assertThat(browser.page(anna, "/gebruikers").body())
        .contains("action=\"/gebruikers/" + carla + "/inschakelen\"");
    assertThat(browser.form(anna, "/gebruikers/" + carla + "/inschakelen").location())
        .contains("gedaan=ingeschakeld");
    assertThat(users.authenticate("carla", password)).isPresent();

    SessionLogin.Reply reset = browser.form(anna, "/gebruikers/" + carla + "/wachtwoord");
    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.body()).contains("Nieuw wachtwoord voor carla");
    Matcher n = PASSWORD.matcher(reset.body());
    assertThat(n.find()).isTrue();
    assertThat(users.authenticate("carla", password)).isEmpty();
    assertThat(users.authenticate("carla", n.group(1))).isPresent();

    assertThat(browser.form(anna, "/gebruikers/999999/rol", "role", "ADMIN").status())
        .isEqualTo(404);
  }

  @Test
  void anAdminCannotDisableOrDemoteThemself() {
    long annaId = id("anna");
    SessionLogin.Reply disable = browser.form(anna, "/gebruikers/" + annaId + "/uitschakelen");
    assertThat(disable.status()).isEqualTo(422);
    assertThat(disable.body()).contains("uw eigen account kunt u niet uitschakelen");
    SessionLogin.Reply demote =
        browser.form(anna, "/gebruikers/" + annaId + "/rol", "role", "VIEWER");
    assertThat(demote.status()).isEqualTo(422);
    assertThat(demote.body()).contains("uw eigen rol kunt u niet wijzigen");
    assertThat(users.authenticate("anna", TestUsers.PASSWORD))
        .get()
        .extracting(User::role)
        .isEqualTo(Role.ADMIN);
    assertThat(browser.page(anna, "/gebruikers").status()).as("still logged in").isEqualTo(200);
  }

  @Test
  void anEditorGets403AndAFormWithoutTheCsrfTokenIsRefused() {
    long annaId = id("anna");
    SessionLogin.Reply page = browser.page(bram, "/gebruikers");
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.body())
        .contains("Gebruikers beheren kan alleen een beheerder.")
        .doesNotContain("anna");
    assertThat(browser.page(bram, "/").body()).doesNotContain("href=\"/gebruikers\"");
    SessionLogin.Reply add = browser.form(bram, "/gebruikers", "username", "dirk", "role", "ADMIN");
    assertThat(add.status()).isEqualTo(403);
    assertThat(add.body())
        .contains("gebruikers beheren kan alleen een beheerder")
        .doesNotContain("eenmalig");
    assertThat(browser.form(bram, "/gebruikers/" + annaId + "/uitschakelen").status())
        .isEqualTo(403);
    assertThat(browser.form(bram, "/gebruikers/" + id("bram") + "/rol", "role", "ADMIN").status())
        .isEqualTo(403);

    SessionLogin.Reply forged =
        browser.send(
            anna, "POST", "/gebruikers", SessionLogin.FORM, "username=eve&role=ADMIN", "text/html");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("Dit formulier is verlopen of niet van deze website.");
    int others =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT count(*) FROM app_user WHERE username IN ('dirk', 'eve') OR role = 'ADMIN' AND username <> 'anna'")
                        .mapTo(Integer.class)
                        .one());
    assertThat(others).isZero();
  }

  @Test
  void anAdminTicksTheMunicipalitiesAUserSees() {
    long kampen = municipality("Kampen");
    long zwolle = municipality("Zwolle");
    long fenna = TestUsers.createScoped(DB.jdbi(), "fenna", Role.EDITOR);
    String page = browser.page(anna, "/gebruikers").body();
    assertThat(page)
        .contains("action=\"/gebruikers/" + fenna + "/gemeenten\"")
        .contains("value=\"" + kampen + "\"> Kampen")
        .contains("alle gemeenten, ook latere");

    SessionLogin.Reply saved =
        browser.form(
            anna,
            "/gebruikers/" + fenna + "/gemeenten",
            "gemeente",
            "" + kampen,
            "gemeente",
            "" + zwolle);
    assertThat(saved.status()).isEqualTo(303);
    assertThat(access(fenna)).containsExactlyInAnyOrder(kampen, zwolle);
    assertThat(browser.page(anna, "/gebruikers?gedaan=gemeenten-gewijzigd").body())
        .contains("De gemeenten van de gebruiker zijn opgeslagen")
        .contains("name=\"gemeente\" value=\"" + zwolle + "\" checked");

    SessionLogin.Reply bad =
        browser.form(
            anna,
            "/gebruikers/" + fenna + "/gemeenten",
            "gemeente",
            "" + kampen,
            "gemeente",
            "999999");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body()).contains("Niet opgeslagen: een gekozen gemeente bestaat niet");
    assertThat(access(fenna)).as("nothing changed").containsExactlyInAnyOrder(kampen, zwolle);

    assertThat(browser.form(anna, "/gebruikers/" + fenna + "/gemeenten", "alle", "ja").status())
        .isEqualTo(303);
    boolean all =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT all_municipalities FROM app_user WHERE id = :id")
                        .bind("id", fenna)
                        .mapTo(Boolean.class)
                        .one());
    assertThat(all).isTrue();
    assertThat(access(fenna)).as("no ticks: only 'alle'").isEmpty();
    assertThat(
            browser
                .form(bram, "/gebruikers/" + fenna + "/gemeenten", "gemeente", "" + kampen)
                .status())
        .isEqualTo(403);
  }

  private static long municipality(String name) {
    return DB.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "INSERT INTO municipality (name, base_url) VALUES (:n, :u) RETURNING id")
                    .bind("n", name)
                    .bind("u", "https://www." + name.toLowerCase() + ".nl")
                    .mapTo(Long.class)
                    .one());
  }

  private static java.util.List<Long> access(long userId) {
    return DB.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT municipality_id FROM user_municipality WHERE user_id = :u")
                    .bind("u", userId)
                    .mapTo(Long.class)
                    .list());
  }

  private static long id(String username) {
    return new UserAccounts(DB.jdbi())
        .accounts().stream()
            .filter(a -> a.username().equals(username))
            .findFirst()
            .orElseThrow()
            .id();
  }
}
