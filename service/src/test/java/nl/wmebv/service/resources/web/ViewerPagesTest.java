package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.Http;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20 (low): a viewer (role lezer) reads every page but is offered no form, button or link
 * that changes data; the server refuses such changes anyway, the pages must not invite them. The
 * same pages as an editor do show their forms, so the check cannot pass on pages that lost their
 * forms for everyone.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ViewerPagesTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite SITE = DemoSite.start("127.0.0.1", 0);
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "0",
          "crawler.allowPrivateAddresses",
          "true",
          "scheduler.enabled",
          "false");

  private static final List<String> PAGES = new ArrayList<>();
  private static WebPageClient web;
  private static long municipality;
  private static long product;

  @BeforeAll
  static void setUp() throws Exception {
    var created =
        new MunicipalityService(DB.jdbi()).create("Voorbeeldstad", SITE.baseUri().toString());
    long m = created.id();
    municipality = m;
    long site = created.sites().get(0).id();
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    TestUsers.create(DB.jdbi(), "beheerder", Role.ADMIN);
    web = new WebPageClient(APP.getLocalPort());
    long run = new Http(APP.getLocalPort(), "redacteur").crawl(site);
    product =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT id FROM product WHERE cluster_id IS NOT NULL"
                                + " ORDER BY id LIMIT 1")
                        .mapTo(Long.class)
                        .one());
    long cluster =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT cluster_id FROM product WHERE id = :p")
                        .bind("p", product)
                        .mapTo(Long.class)
                        .one());
    long planned = session(cluster, "2026-03-10");
    long started = session(cluster, "2026-03-11");
    assertThat(web.postForm("redacteur", "/sessies/" + started + "/starten").status())
        .isIn(200, 303);
    PAGES.addAll(
        List.of(
            "/",
            "/inventaris?gemeente=" + m,
            "/producten/" + product,
            "/acties?gemeente=" + m,
            "/sessies",
            "/sessies/" + planned,
            "/sessies/" + started,
            "/sessies/" + started + "/product/1",
            "/clusters?gemeente=" + m,
            "/crawls",
            "/crawls/" + run,
            "/catalogus?gemeente=" + m,
            "/aanwijzing?gemeente=" + m,
            "/gemeenten",
            "/gemeenten/" + m));
  }

  private static long session(long cluster, String date) {
    WebPageClient.Page made =
        web.postForm(
            "redacteur",
            "/sessies",
            "clusterId",
            String.valueOf(cluster),
            "date",
            date,
            "time",
            "14:30",
            "participants",
            "Anna");
    assertThat(made.status()).as(made.body()).isIn(200, 303);
    return DB.jdbi()
        .withHandle(
            h -> h.createQuery("SELECT max(id) FROM cluster_session").mapTo(Long.class).one());
  }

  @AfterAll
  static void tearDown() {
    SITE.close();
    DB.close();
  }

  @Test
  void aViewerIsOfferedNothingThatChangesData() {
    List<String> offered = new ArrayList<>();
    for (String path : PAGES) {
      WebPageClient.Page page = web.get("lezer", path);
      if (page.status() != 200) {
        offered.add(path + ": status " + page.status());
      }
      changes(Jsoup.parse(page.body())).forEach(c -> offered.add(path + ": " + c));
    }
    assertThat(offered).as("what a viewer is offered to change").isEmpty();
  }

  @Test
  void anEditorOrAdminStillSeesTheForms() {
    for (String path : PAGES) {
      String user =
          path.startsWith("/clusters") || path.startsWith("/gemeenten") ? "beheerder" : "redacteur";
      if (path.equals("/") || path.startsWith("/acties") || path.startsWith("/crawls/")) {
        continue; // pages with nothing to change for anyone
      }
      assertThat(changes(Jsoup.parse(web.get(user, path).body())))
          .as(path + " as " + user)
          .isNotEmpty();
    }
  }

  @Test
  void aViewerIsNotOfferedTheEditPagesEither() {
    assertThat(web.get("lezer", "/gebruikers").status()).isEqualTo(403);
    for (String edit :
        List.of(
            "/aanwijzing/kanalen/nieuw?gemeente=" + municipality,
            "/inventaris/rij/" + product + "/bewerken")) {
      assertThat(web.get("lezer", edit).status()).as(edit).isEqualTo(403);
      assertThat(web.get("redacteur", edit).status()).as(edit).isEqualTo(200);
    }
  }

  /**
   * Every element that would change data: a POST form (logout aside), an htmx write, a link to an
   * edit page.
   */
  private static List<String> changes(Document page) {
    List<String> found = new ArrayList<>();
    for (Element form : page.select("form")) {
      boolean get = form.attr("method").isEmpty() || form.attr("method").equalsIgnoreCase("get");
      if (!get && !form.attr("action").equals("/logout")) {
        found.add("form " + form.attr("action"));
      }
    }
    for (Element e : page.select("[hx-post], [hx-put], [hx-patch], [hx-delete]")) {
      found.add(e.tagName() + " " + e.attributes().html().strip());
    }
    for (Element a : page.select("a[href]")) {
      String href = a.attr("href");
      if (href.contains("/nieuw")
          || href.contains("#wijzigen")
          || href.contains("/bewerken")
          || a.text().strip().equals("Bewerken")) {
        found.add("link " + href);
      }
    }
    for (Element b : page.select("button")) {
      if (b.parents().select("form").isEmpty() && !b.hasAttr("hx-get")) {
        found.add("button " + b.text());
      }
    }
    return found;
  }
}
