package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.Http;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.web.WebPageClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every fragment a page asks htmx for answers HTML, above all the live progress of a running crawl.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmxFragmentsTest {
  private static final Path TEMPLATES = Path.of("src/main/resources/views");
  private static final Pattern HX_GET = Pattern.compile("hx-get=\"([^\"]+)\"");
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite SITE = DemoSite.start("127.0.0.1", 0);

  // a delay per request keeps the crawl of the demo site (some 200 pages) running for several
  // seconds
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "25",
          "crawler.threads",
          "1",
          "crawler.allowPrivateAddresses",
          "true",
          "crawler.checkChannels",
          "false",
          "scheduler.enabled",
          "false");

  private static long siteId;
  private static Http http;
  private static WebPageClient web;
  private static long finishedRun;

  @BeforeAll
  static void setUp() {
    siteId =
        new MunicipalityService(DB.jdbi())
            .create("Voorbeeldstad", SITE.baseUri().toString())
            .sites()
            .get(0)
            .id();
    TestUsers.create(DB.jdbi(), "kijker", Role.VIEWER);
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    http = new Http(APP.getLocalPort(), "redacteur");
    web = new WebPageClient(APP.getLocalPort());
  }

  @AfterAll
  static void tearDown() {
    SITE.close();
    DB.close();
  }

  @Test
  @Order(1)
  void theProgressFragmentOfARunningCrawlAnswersMovesAndStopsPollingWhenTheCrawlIsDone()
      throws Exception {
    long run = http.post("/api/sites/" + siteId + "/crawls", "{}").body().get("id").asLong();
    String fragment = "/crawls/" + run + "/voortgang";
    assertThat(web.get("kijker", "/").body())
        .as("the dashboard polls the fragment")
        .contains("hx-get=\"" + fragment);
    assertThat(web.get("kijker", "/crawls").body())
        .as("so does the crawls page")
        .contains("hx-get=\"" + fragment);

    List<Integer> pagesWhileRunning = new ArrayList<>();
    Page last = null;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      last = web.get("kijker", fragment);
      assertThat(last.status()).as(last.body()).isEqualTo(200);
      assertThat(last.contentType()).startsWith("text/html");
      if (!last.body().contains("Crawl bezig")) {
        break;
      }
      assertThat(last.body())
          .as("a running crawl's fragment polls itself")
          .contains("hx-get=\"" + fragment + "\"")
          .contains("hx-trigger=\"every 1s\"");
      pagesWhileRunning.add(pages(last.body()));
      Thread.sleep(300);
    }
    assertThat(last.body())
        .contains("Crawl klaar")
        .contains("value=\"100\"")
        .doesNotContain("hx-get");
    assertThat(pagesWhileRunning).as("polled while the crawl ran").hasSizeGreaterThan(2);
    assertThat(pagesWhileRunning.get(pagesWhileRunning.size() - 1))
        .as("the count moves: " + pagesWhileRunning)
        .isGreaterThan(pagesWhileRunning.get(0));
    assertThat(web.get("kijker", "/crawls/999999/voortgang").status()).isEqualTo(404);
    finishedRun = run;
  }

  /**
   * A session in progress on the product's cluster (given one), whose follow poll the session page
   * asks for.
   */
  private static long sessionOn(long product) {
    return DB.jdbi()
        .inTransaction(
            h -> {
              long municipality =
                  h.createQuery("SELECT municipality_id FROM product WHERE id = :p")
                      .bind("p", product)
                      .mapTo(Long.class)
                      .one();
              long cluster =
                  h.createQuery(
                          "INSERT INTO cluster (municipality_id, name, position) VALUES (:m, 'Htmx', 99)"
                              + " RETURNING id")
                      .bind("m", municipality)
                      .mapTo(Long.class)
                      .one();
              h.createUpdate("UPDATE product SET cluster_id = :c WHERE id = :p")
                  .bind("c", cluster)
                  .bind("p", product)
                  .execute();
              return h.createQuery(
                      "INSERT INTO cluster_session (municipality_id, cluster_id, planned_at, created_by, status)"
                          + " VALUES (:m, :c, now(), 'redacteur', 'IN_PROGRESS') RETURNING id")
                  .bind("m", municipality)
                  .bind("c", cluster)
                  .mapTo(Long.class)
                  .one();
            });
  }

  @Test
  @Order(2)
  void everyFragmentTheTemplatesAskForAnswersHtml() throws Exception {
    if (finishedRun == 0) {
      finishedRun = http.crawl(siteId);
    }
    long product =
        DB.jdbi()
            .withHandle(h -> h.createQuery("SELECT min(id) FROM product").mapTo(Long.class).one());
    // the template expressions that stand for an id; a new one fails below until it is added here
    long session = sessionOn(product);
    Map<String, String> ids =
        Map.of(
            "${run.id?c}",
            String.valueOf(finishedRun),
            "${p.id?c}",
            String.valueOf(product),
            "${followUrl}",
            "/sessies/" + session + "/volgen?bij=" + product + "&stand=ouder");

    TreeSet<String> requested = requestedFragments();
    assertThat(requested)
        .as("the hx-get targets in the templates")
        .contains(
            "/crawls/${run.id?c}/voortgang",
            "/inventaris/rij/${p.id?c}",
            "/inventaris/rij/${p.id?c}/bewerken");
    for (String template : requested) {
      String path = template;
      for (Map.Entry<String, String> id : ids.entrySet()) {
        path = path.replace(id.getKey(), id.getValue());
      }
      assertThat(path)
          .as("an id expression in " + template + " that this test does not know")
          .doesNotContain("${");
      Page page = web.get("redacteur", path);
      assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(200);
      assertThat(page.contentType()).as(path).startsWith("text/html");
      assertThat(page.body()).as(path).startsWith("<").doesNotContain("\"code\":");
    }
  }

  private static TreeSet<String> requestedFragments() throws IOException {
    TreeSet<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).toList()) {
        Matcher m = HX_GET.matcher(Files.readString(file));
        while (m.find()) {
          found.add(m.group(1));
        }
      }
    }
    return found;
  }

  private static int pages(String fragment) {
    Matcher m = Pattern.compile("(\\d+) pagina(?:'|&#39;)s verwerkt").matcher(fragment);
    assertThat(m.find()).as(fragment).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
