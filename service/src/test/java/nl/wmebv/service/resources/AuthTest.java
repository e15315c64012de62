package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.PasswordHasher;
import nl.wmebv.service.core.auth.Role;
import org.glassfish.jersey.client.ClientProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, roles and CSRF: what the web view and the API let through and what they refuse. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AuthTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  @BeforeAll
  static void users() {
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "beheerder", Role.ADMIN);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void passwordsAreStoredAsArgon2idHashes() {
    String stored =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT password_hash FROM app_user WHERE username = 'lezer'")
                        .mapTo(String.class)
                        .one());
    assertThat(stored)
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .doesNotContain(TestUsers.PASSWORD);
    assertThat(PasswordHasher.verify(TestUsers.PASSWORD, stored)).isTrue();
    assertThat(PasswordHasher.verify("wrong-password-here", stored)).isFalse();
  }

  @Test
  void withoutLoginTheApiSays401AndPagesRedirectToTheLogin() {
    assertThat(request("/api/municipalities").get().getStatus()).isEqualTo(401);
    Response page = request("/").header(HttpHeaders.ACCEPT, "text/html").get();
    assertThat(page.getStatus()).isEqualTo(303);
    assertThat(page.getLocation().toString()).endsWith("/login?next=%2F");
    assertThat(request("/assets/app.css").get().getStatus()).isEqualTo(200);
  }

  @Test
  void aBrowserLogsInWithASecureHttpOnlySameSiteCookieAndOutAgain() {
    String session = login("redacteur", TestUsers.PASSWORD, "/?x=1");
    assertThat(request("/").cookie("WMEBV_SESSION", session).get(String.class))
        .contains("redacteur");

    String csrf = csrfOf(request("/").cookie("WMEBV_SESSION", session).get(String.class));
    Response out =
        request("/logout")
            .cookie("WMEBV_SESSION", session)
            .post(Entity.form(new Form("_csrf", csrf)));
    assertThat(out.getStatus()).isEqualTo(303);
    assertThat(request("/api/municipalities").cookie("WMEBV_SESSION", session).get().getStatus())
        .isEqualTo(401);
  }

  @Test
  void aWrongPasswordIsRefusedInDutchAndAnOpenRedirectIsNot() {
    Response wrong = postLogin("redacteur", "not-the-password", "/");
    assertThat(wrong.getStatus()).isEqualTo(401);
    assertThat(wrong.readEntity(String.class)).contains("Gebruikersnaam of wachtwoord klopt niet.");
    Response ok = postLogin("redacteur", TestUsers.PASSWORD, "//evil.example/x");
    assertThat(ok.getLocation().getPath()).isEqualTo("/");
    assertThat(ok.getLocation().getHost()).isNotEqualTo("evil.example");
    for (String crafted : new String[] {"/zoek?q=a b", "/%zz", "/x<y>"}) {
      Response r = postLogin("redacteur", TestUsers.PASSWORD, crafted);
      assertThat(r.getStatus()).as(crafted).isEqualTo(303);
      assertThat(r.getLocation().getPath()).as(crafted).isEqualTo("/");
    }
  }

  @Test
  void aForgedFormWithoutTheCsrfTokenIsRefused() {
    String session = login("beheerder", TestUsers.PASSWORD, "/");
    Map<String, String> body = Map.of("name", "Kampen", "baseUrl", "https://www.kampen.nl");
    Response forged =
        request("/api/municipalities").cookie("WMEBV_SESSION", session).post(Entity.json(body));
    assertThat(forged.getStatus()).isEqualTo(403);
    assertThat(forged.readEntity(String.class)).contains("CSRF");
    int kampen =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM municipality WHERE name = 'Kampen'")
                        .mapTo(Integer.class)
                        .one());
    assertThat(kampen).isZero();

    String csrf = csrfOf(request("/").cookie("WMEBV_SESSION", session).get(String.class));
    Response real =
        request("/api/municipalities")
            .cookie("WMEBV_SESSION", session)
            .header("X-CSRF-Token", csrf)
            .post(Entity.json(body));
    assertThat(real.getStatus()).isEqualTo(201);
  }

  @Test
  void onlyAnAdminRegistersAMunicipalityAndChangesItsClusters() {
    Map<String, String> body = Map.of("name", "Urk", "baseUrl", "https://www.urk.nl");
    Response byEditor =
        request("/api/municipalities")
            .header(HttpHeaders.AUTHORIZATION, TestUsers.basic("redacteur"))
            .post(Entity.json(body));
    assertThat(byEditor.getStatus()).isEqualTo(403);
    Response byAdmin =
        request("/api/municipalities")
            .header(HttpHeaders.AUTHORIZATION, TestUsers.basic("beheerder"))
            .post(Entity.json(body));
    assertThat(byAdmin.getStatus()).isEqualTo(201);
    long urk = byAdmin.readEntity(com.fasterxml.jackson.databind.JsonNode.class).get("id").asLong();
    Response cluster =
        request("/api/municipalities/" + urk + "/clusters")
            .header(HttpHeaders.AUTHORIZATION, TestUsers.basic("redacteur"))
            .post(Entity.json(Map.of("name", "Haven")));
    assertThat(cluster.getStatus()).isEqualTo(403);
    assertThat(
            request("/api/municipalities/" + urk + "/clusters")
                .header(HttpHeaders.AUTHORIZATION, TestUsers.basic("beheerder"))
                .post(Entity.json(Map.of("name", "Haven")))
                .getStatus())
        .isEqualTo(201);
  }

  @Test
  void aViewerCannotChangeAnything() {
    Response viaApi =
        request("/api/municipalities")
            .header(HttpHeaders.AUTHORIZATION, TestUsers.basic("lezer"))
            .post(Entity.json(Map.of("name", "Veere", "baseUrl", "https://www.veere.nl")));
    assertThat(viaApi.getStatus()).isEqualTo(403);
    assertThat(
            request("/api/municipalities")
                .header(HttpHeaders.AUTHORIZATION, TestUsers.basic("lezer"))
                .get()
                .getStatus())
        .isEqualTo(200);
    int veere =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM municipality WHERE name = 'Veere'")
                        .mapTo(Integer.class)
                        .one());
    assertThat(veere).isZero();
  }

  @Test
  void repeatedFailuresSlowTheUsernameFromThatAddress() throws Exception {
    TestUsers.create(DB.jdbi(), "gast", Role.VIEWER);
    for (int i = 0; i < 5; i++) {
      assertThat(rawLogin("gast", "wrong-" + i).statusCode()).isEqualTo(401);
    }
    // the waits grow (1 s, 2 s, 4 s ...): guess on, waiting as told, until the wait is 4 s; then
    // even the right
    // password has to wait (a raw client: Jersey's would itself wait and retry after a 429)
    long wait = 0;
    for (int i = 5; i < 12 && wait < 4; i++) {
      java.net.http.HttpResponse<String> r = rawLogin("gast", "wrong-" + i);
      if (r.statusCode() == 429) {
        wait = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        Thread.sleep(wait < 4 ? wait * 1000 : 0);
      } else {
        assertThat(r.statusCode()).isEqualTo(401);
      }
    }
    assertThat(wait).isGreaterThanOrEqualTo(4);
    java.net.http.HttpResponse<String> slowed = rawLogin("gast", TestUsers.PASSWORD);
    assertThat(slowed.statusCode()).isEqualTo(429);
    assertThat(slowed.body()).contains("Te veel mislukte pogingen. Probeer het over");
    java.net.http.HttpResponse<String> basic =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base() + "/api/municipalities"))
                    .header("Authorization", TestUsers.basic("gast"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(basic.statusCode())
        .as("HTTP Basic is slowed for that username and address too")
        .isEqualTo(401);
  }

  /** A login through the form with a client that does not retry by itself. */
  private static java.net.http.HttpResponse<String> rawLogin(String user, String password)
      throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpResponse<String> form =
        client.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/login")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    String token =
        form.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("WMEBV_LOGIN="))
            .map(c -> c.substring("WMEBV_LOGIN=".length(), c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    String body =
        "username="
            + user
            + "&password="
            + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
            + "&next=%2F&_login="
            + token;
    return client.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/login"))
            .header("Cookie", "WMEBV_LOGIN=" + token)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }

  @Test
  void aDisabledAdminLosesBasicAtOnceAndBasicNeverChangesAWebForm() {
    TestUsers.create(DB.jdbi(), "oud-beheer", Role.ADMIN);
    String basic = TestUsers.basic("oud-beheer");
    assertThat(
            request("/api/municipalities")
                .header(HttpHeaders.AUTHORIZATION, basic)
                .get()
                .getStatus())
        .isEqualTo(200);
    Form newAdmin =
        new Form().param("username", "indringer").param("displayName", "").param("role", "ADMIN");
    Response viaForm =
        request("/gebruikers").header(HttpHeaders.AUTHORIZATION, basic).post(Entity.form(newAdmin));
    assertThat(viaForm.getStatus())
        .as("a web form's change needs the session and its CSRF token")
        .isEqualTo(403);

    long id =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id FROM app_user WHERE username = 'oud-beheer'")
                        .mapTo(Long.class)
                        .one());
    new nl.wmebv.service.core.auth.UserAccounts(DB.jdbi()).setActive(id, false, "test");
    assertThat(
            request("/api/municipalities")
                .header(HttpHeaders.AUTHORIZATION, basic)
                .get()
                .getStatus())
        .as("the cached Basic check follows the disabling at the next request")
        .isEqualTo(401);
    assertThat(
            request("/api/municipalities")
                .header(HttpHeaders.AUTHORIZATION, basic)
                .post(Entity.json(Map.of("name", "Indringerdorp")))
                .getStatus())
        .isEqualTo(401);
    int created =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM app_user WHERE username = 'indringer'")
                        .mapTo(Integer.class)
                        .one());
    assertThat(created).isZero();
  }

  private static Invocation.Builder request(String path) {
    return APP.client()
        .target("http://localhost:" + APP.getLocalPort() + path)
        .property(ClientProperties.FOLLOW_REDIRECTS, false)
        .request();
  }

  private static Response postLogin(String user, String password, String next) {
    Response form = request("/login").get();
    String token = form.getCookies().get("WMEBV_LOGIN").getValue();
    Form f =
        new Form()
            .param("username", user)
            .param("password", password)
            .param("next", next)
            .param("_login", token);
    return request("/login").cookie("WMEBV_LOGIN", token).post(Entity.form(f));
  }

  private static String login(String user, String password, String next) {
    Response r = postLogin(user, password, next);
    assertThat(r.getStatus()).isEqualTo(303);
    assertThat(r.getLocation().toString()).endsWith(next);
    NewCookie session = r.getCookies().get("WMEBV_SESSION");
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.isSecure()).isTrue();
    assertThat(session.getSameSite()).isEqualTo(NewCookie.SameSite.LAX);
    return session.getValue();
  }

  private static String csrfOf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("page carries a CSRF token").isTrue();
    return m.group(1);
  }
}
