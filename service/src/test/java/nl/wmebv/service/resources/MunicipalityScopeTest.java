package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.wmebv.service.Http;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.SessionLogin;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.resources.auth.ScopeRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user sees and changes only their own municipalities (issue 14 §5): another municipality's ids
 * answer 404 on the API and the web pages, and every path parameter of every resource method is
 * known to the filter.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MunicipalityScopeTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  /** The ids of one municipality's data. */
  record Data(
      long municipality,
      long site,
      long cluster,
      long product,
      long action,
      long crawl,
      long session) {}

  static Data one;
  static Data two;
  static long userA;
  static Http a;
  static Http admin;
  static SessionLogin browser;

  @BeforeAll
  static void data() {
    one = data("scopeeen");
    two = data("scopetwee");
    TestUsers.create(DB.jdbi(), "scope.admin", Role.ADMIN);
    userA = TestUsers.createScoped(DB.jdbi(), "scope.a", Role.EDITOR, one.municipality());
    a = new Http(APP.getLocalPort(), "scope.a");
    admin = a.as("scope.admin");
    browser = new SessionLogin(APP.getLocalPort());
  }

  static Data data(String name) {
    Inventory inv = new Inventory(DB.jdbi());
    long[] m = inv.municipality(name);
    long cluster = inv.cluster(m[0], "Wonen", 1);
    long product = inv.product(m[0], m[1], "Paspoort " + name, null, cluster, "DIGITAL");
    long action =
        id(
            "INSERT INTO action (product_id, type, owner, deadline) VALUES (?, 'REPAIR_LINK', 'Team Web',"
                + " DATE '2027-03-15') RETURNING id",
            product);
    long crawl =
        id(
            "INSERT INTO crawl_run (site_id, status, started_at, finished_at) VALUES (?, 'FINISHED', now(),"
                + " now()) RETURNING id",
            m[1]);
    long session =
        id(
            "INSERT INTO cluster_session (municipality_id, cluster_id, planned_at, created_by)"
                + " VALUES (?, ?, now() + interval '1 day', 'anna') RETURNING id",
            m[0],
            cluster);
    return new Data(m[0], m[1], cluster, product, action, crawl, session);
  }

  static long id(String sql, Object... args) {
    return DB.jdbi()
        .withHandle(
            h -> {
              var q = h.createQuery(sql);
              for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
              }
              return q.mapTo(Long.class).one();
            });
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  static List<String> api(Data d) {
    return List.of(
        "/api/municipalities/" + d.municipality(),
        "/api/municipalities/" + d.municipality() + "/products",
        "/api/sites/" + d.site() + "/settings",
        "/api/products/" + d.product(),
        "/api/products/" + d.product() + "/actions",
        "/api/crawls/" + d.crawl(),
        "/api/sessions/" + d.session(),
        "/api/municipalities/" + d.municipality() + "/actions");
  }

  static List<String> web(Data d) {
    return List.of(
        "/producten/" + d.product(),
        "/inventaris?gemeente=" + d.municipality(),
        "/gemeenten/" + d.municipality(),
        "/crawls/" + d.crawl(),
        "/sessies/" + d.session(),
        "/clusters?gemeente=" + d.municipality(),
        "/aanwijzing?gemeente=" + d.municipality());
  }

  @Test
  void anotherMunicipalitysIdsAnswer404OnTheApiAndTheOwnAnswer200() {
    for (String path : api(one)) {
      Http.Reply own = a.get(path);
      assertThat(own.status()).as(path + " " + own.text()).isEqualTo(200);
    }
    for (String path : api(two)) {
      Http.Reply other = a.get(path);
      assertThat(other.status()).as(path).isEqualTo(404);
      assertThat(other.text()).as(path).doesNotContain("scopetwee").doesNotContain("Paspoort");
      assertThat(admin.get(path).status()).as("the admin sees " + path).isEqualTo(200);
    }
    assertThat(a.get("/api/products/" + two.product()).body().get("message").asText())
        .as("the same answer as an id that names nothing")
        .isEqualTo("No product " + two.product());
    assertThat(a.get("/api/products/987654321").body().get("message").asText())
        .isEqualTo("No product 987654321");
  }

  @Test
  void changesToAnotherMunicipalityAre404AndChangeNothing() {
    // clusters are an admin's: an admin by role who is assigned gemeente 1 only is kept to it as
    // well
    TestUsers.createScoped(DB.jdbi(), "scope.chef", Role.ADMIN, one.municipality());
    Http chef = a.as("scope.chef");
    Http.Reply cluster =
        chef.patch(
            "/api/municipalities/" + one.municipality() + "/clusters/" + two.cluster(),
            "{\"name\": \"Overgenomen\"}",
            null);
    assertThat(cluster.status())
        .as("a cluster of gemeente 2 under gemeente 1's path")
        .isEqualTo(404);
    assertThat(
            chef.patch(
                    "/api/municipalities/" + two.municipality() + "/clusters/" + two.cluster(),
                    "{\"name\": \"Overgenomen\"}",
                    null)
                .status())
        .isEqualTo(404);
    assertThat(a.delete("/api/actions/" + two.action()).status()).isEqualTo(404);
    assertThat(a.patch("/api/products/" + two.product(), "{\"notes\": \"x\"}", null).status())
        .isEqualTo(404);
    assertThat(
            chef.patch(
                    "/api/municipalities/" + one.municipality() + "/clusters/" + one.cluster(),
                    "{\"name\": \"Eigen\"}",
                    null)
                .status())
        .as("its own cluster")
        .isEqualTo(200);
    assertThat(count("SELECT count(*) FROM cluster WHERE name = 'Overgenomen'")).isZero();
    assertThat(count("SELECT count(*) FROM action WHERE id = " + two.action())).isEqualTo(1);

    SessionLogin.Session session = browser.login("scope.a");
    long crawls = count("SELECT count(*) FROM crawl_run");
    SessionLogin.Reply start =
        browser.form(session, "/crawls/start", "site", Long.toString(two.site()));
    assertThat(start.status()).as("a form field naming gemeente 2's site").isEqualTo(404);
    SessionLogin.Reply add =
        browser.form(
            session,
            "/clusters/" + two.municipality() + "/clusters",
            "name",
            "Nieuw",
            "position",
            "2");
    assertThat(add.status()).isEqualTo(404);
    assertThat(count("SELECT count(*) FROM crawl_run")).isEqualTo(crawls);
    assertThat(count("SELECT count(*) FROM cluster WHERE name = 'Nieuw'")).isZero();
  }

  @Test
  void clusterRulesAndDesignatedChannelsOfAnotherMunicipalityAre404() {
    long rule =
        id(
            "INSERT INTO cluster_rule (municipality_id, cluster_id, kind, pattern, position)"
                + " VALUES (?, ?, 'NAME', 'paspoort', 5) RETURNING id",
            two.municipality(),
            two.cluster());
    String channel =
        "INSERT INTO designated_channel (municipality_id, kind, name, url)"
            + " VALUES (?, 'SPECIFIC_FORM', 'Aanvraagformulier', 'https://www.example.nl/formulier') RETURNING id";
    long own = id(channel, one.municipality());
    long other = id(channel, two.municipality());
    TestUsers.createScoped(DB.jdbi(), "scope.regel", Role.ADMIN, one.municipality());
    Http chef = a.as("scope.regel");
    assertThat(
            chef.delete("/api/municipalities/" + one.municipality() + "/cluster-rules/" + rule)
                .status())
        .isEqualTo(404);
    assertThat(count("SELECT count(*) FROM cluster_rule WHERE id = " + rule)).isEqualTo(1);
    String designations = "/api/municipalities/" + one.municipality() + "/designations/";
    assertThat(a.get(designations + own).status()).isEqualTo(200);
    assertThat(a.get(designations + other).status()).isEqualTo(404);
    SessionLogin.Session session = browser.login("scope.a");
    assertThat(
            browser
                .page(session, "/aanwijzing/kanalen/" + other + "?gemeente=" + one.municipality())
                .status())
        .isEqualTo(404);
  }

  @Test
  void anotherMunicipalitysWebPagesAreTheDutch404Page() {
    SessionLogin.Session session = browser.login("scope.a");
    for (String path : web(one)) {
      assertThat(browser.page(session, path).status()).as(path).isEqualTo(200);
    }
    for (String path : web(two)) {
      SessionLogin.Reply page = browser.page(session, path);
      assertThat(page.status()).as(path).isEqualTo(404);
      assertThat(page.body())
          .as(path)
          .contains("Pagina niet gevonden")
          .doesNotContain("scopetwee")
          .doesNotContain("Paspoort");
    }
  }

  @Test
  void theListsAndTheDashboardShowOnlyTheUsersMunicipalities() {
    assertThat(a.get("/api/municipalities").body())
        .extracting(m -> m.get("name").asText())
        .containsExactly("scopeeen");
    assertThat(admin.get("/api/municipalities").body())
        .extracting(m -> m.get("name").asText())
        .contains("scopeeen", "scopetwee");
    assertThat(a.get("/api/sessions").body())
        .extracting(x -> x.get("id").asLong())
        .containsExactly(one.session());
    assertThat(admin.get("/api/sessions").body())
        .extracting(x -> x.get("id").asLong())
        .contains(one.session(), two.session());
    SessionLogin.Session session = browser.login("scope.a");
    for (String path :
        List.of(
            "/",
            "/inventaris",
            "/gemeenten",
            "/acties",
            "/clusters",
            "/crawls",
            "/catalogus",
            "/sessies")) {
      SessionLogin.Reply page = browser.page(session, path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).doesNotContain("scopetwee");
    }
    assertThat(browser.page(session, "/").body()).contains("scopeeen");
    assertThat(browser.page(session, "/inventaris").body())
        .as("opens on the own municipality")
        .contains("Paspoort scopeeen");
    assertThat(browser.page(browser.login("scope.admin"), "/").body())
        .contains("scopeeen", "scopetwee");
    assertThat(browser.page(session, "/?gemeente=" + two.municipality()).status()).isEqualTo(404);
  }

  @Test
  void theDashboardShowsOneMunicipalityAtATimeWithAChoiceOfTheOthers() {
    SessionLogin.Session chief = browser.login("scope.admin");
    String first = browser.page(chief, "/").body();
    assertThat(first.split("<h2>Gemeente ", -1)).as("one municipality's figures").hasSize(2);
    assertThat(first)
        .contains("id=\"gemeente-keuze\"")
        .contains(">scopeeen</option>")
        .contains(">scopetwee</option>");
    String chosen = browser.page(chief, "/?gemeente=" + two.municipality()).body();
    assertThat(chosen)
        .contains("<h2>Gemeente scopetwee</h2>")
        .doesNotContain("<h2>Gemeente scopeeen</h2>");
    String own = browser.page(browser.login("scope.a"), "/").body();
    assertThat(own).as("one municipality: no choice").doesNotContain("gemeente-keuze");
  }

  @Test
  void aMunicipalityRegisteredByAScopedAdminIsAssignedToThatAdmin() {
    TestUsers.createScoped(DB.jdbi(), "scope.regio", Role.ADMIN, one.municipality());
    Http regio = a.as("scope.regio");
    Http.Reply created =
        regio.post(
            "/api/municipalities",
            "{\"name\": \"scopedrie\", \"baseUrl\": \"https://www.scopedrie.nl\"}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long drie = created.body().get("id").asLong();
    assertThat(regio.get("/api/municipalities/" + drie).status()).isEqualTo(200);
    assertThat(regio.get("/api/municipalities").body())
        .extracting(m -> m.get("name").asText())
        .containsExactly("scopedrie", "scopeeen");
    assertThat(a.get("/api/municipalities/" + drie).status())
        .as("not opened to others")
        .isEqualTo(404);
    assertThat(
            count(
                "SELECT count(*) FROM user_municipality um JOIN app_user u ON u.id = um.user_id"
                    + " WHERE u.username = 'scope.admin'"))
        .as("an all-municipalities admin needs no row")
        .isZero();
  }

  @Test
  void anAdminsChangeOfAccessHoldsAtTheNextRequest() {
    String b = "scope.b";
    long userB = TestUsers.createScoped(DB.jdbi(), b, Role.VIEWER, one.municipality());
    Http basic = a.as(b);
    SessionLogin.Session session = browser.login(b);
    assertThat(basic.get("/api/municipalities/" + two.municipality()).status()).isEqualTo(404);
    assertThat(browser.page(session, "/producten/" + two.product()).status()).isEqualTo(404);

    Http.Reply put =
        admin.send(
            "PUT",
            "/api/users/" + userB + "/municipalities",
            "{\"allMunicipalities\": false, \"municipalityIds\": ["
                + one.municipality()
                + ", "
                + two.municipality()
                + "]}",
            null);
    assertThat(put.status()).as(put.text()).isEqualTo(200);
    assertThat(basic.get("/api/municipalities/" + two.municipality()).status())
        .as("HTTP Basic at once")
        .isEqualTo(200);
    assertThat(browser.page(session, "/producten/" + two.product()).status())
        .as("the session at once")
        .isEqualTo(200);

    admin.send(
        "PUT",
        "/api/users/" + userB + "/municipalities",
        "{\"allMunicipalities\": false, \"municipalityIds\": []}",
        null);
    assertThat(basic.get("/api/municipalities/" + one.municipality()).status())
        .as("taken away at once")
        .isEqualTo(404);
    assertThat(basic.get("/api/products/" + one.product()).status()).isEqualTo(404);
  }

  @Test
  void everyPathParameterOfEveryResourceMethodIsKnownToTheScopeFilter() {
    var config = APP.getEnvironment().jersey().getResourceConfig();
    List<Class<?>> resources = new ArrayList<>(config.getClasses());
    config.getInstances().forEach(i -> resources.add(i.getClass()));
    Set<String> templates = new TreeSet<>();
    resources.stream()
        .filter(c -> c.isAnnotationPresent(Path.class))
        .forEach(
            c ->
                Stream.of(c.getMethods())
                    .filter(MunicipalityScopeTest::isResourceMethod)
                    .forEach(m -> templates.add(ScopeRules.template(c, m))));
    assertThat(templates)
        .as("the walk finds the application's resources")
        .contains(
            "/api/products/{id}",
            "/api/municipalities/{id}/clusters/{clusterId}",
            "/producten/{id}",
            "/sessies/{id}/besluit/{productId}",
            "/api/users/{userId}/municipalities")
        .hasSizeGreaterThan(50);
    List<String> unknown =
        templates.stream()
            .flatMap(
                t ->
                    ScopeRules.parameters(t).stream()
                        .filter(p -> !ScopeRules.known(p))
                        .map(p -> p.name() + " in " + t))
            .toList();
    assertThat(unknown)
        .as("path parameters the municipality scope filter does not know: add them to ScopeRules")
        .isEmpty();
    Set<String> used = new TreeSet<>();
    templates.forEach(t -> ScopeRules.parameters(t).forEach(p -> used.add(p.prefix())));
    assertThat(used).as("no stale rules").containsAll(ScopeRules.prefixes());
  }

  static boolean isResourceMethod(Method m) {
    return m.isAnnotationPresent(Path.class)
        || Stream.of(m.getAnnotations())
            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  static long count(String sql) {
    return DB.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
