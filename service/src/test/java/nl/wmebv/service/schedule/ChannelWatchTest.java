package nl.wmebv.service.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.FakeSmtp;
import nl.wmebv.service.Http;
import nl.wmebv.service.SessionLogin;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The channel watch on a real database: the demo site behind WireMock (a proxy that records every
 * request, and stubs that break and repair the parking-permit e-form). After one full crawl, a
 * watch asks only the product pages (conditionally: all 304) and their channel targets; a form that
 * starts answering 500 behind an unchanged page is reported broken with the review flag, a repaired
 * one as gained; pages the watch does not visit keep their state; the schedule starts a due watch;
 * 409 while the site's crawl or watch runs; viewers may not start one.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChannelWatchTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite DEMO = DemoSite.start("127.0.0.1", 0);
  private static final WireMockServer SITE =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private static final String PRODUCT = "/producten/parkeervergunning-bewoners";
  private static final String FORM = "/loket/startform?id=parkeervergunning";
  private static final String OWNER = "parkeren@voorbeeldstad.nl";
  private static final FakeSmtp SMTP = new FakeSmtp();

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "0",
          "crawler.allowPrivateAddresses",
          "true",
          "scheduler.enabled",
          "true",
          "scheduler.pollingInterval",
          "200ms",
          "scheduler.checkInterval",
          "300ms",
          "mail.enabled",
          "true",
          "mail.host",
          "127.0.0.1",
          "mail.port",
          String.valueOf(SMTP.port()));

  private static long siteId;
  private static long crawlRun;
  private static Http editor;
  private static Http admin;

  @BeforeAll
  static void setUp() throws Exception {
    SITE.start();
    SITE.stubFor(
        any(anyUrl())
            .atPriority(10)
            .willReturn(aResponse().proxiedFrom(DEMO.baseUri().toString().replaceAll("/$", ""))));
    siteId =
        new MunicipalityService(DB.jdbi())
            .create("Voorbeeldstad", SITE.baseUrl() + "/")
            .sites()
            .get(0)
            .id();
    TestUsers.create(DB.jdbi(), "kijker", Role.VIEWER);
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "beheerder", Role.ADMIN);
    editor = new Http(APP.getLocalPort(), "redacteur");
    admin = new Http(APP.getLocalPort(), "beheerder");
    crawlRun = editor.crawl(siteId);
  }

  @AfterAll
  static void tearDown() {
    SITE.stop();
    SMTP.close();
    DEMO.close();
    DB.close();
  }

  @Test
  @Order(1)
  void aWatchAsksOnlyTheProductPagesConditionallyAndTheirChannelTargets() throws Exception {
    assertThat(product(PRODUCT, "detected_channel_status"))
        .as("the crawl found the form")
        .isEqualTo("DIGITAL");
    Set<String> productPaths =
        new HashSet<>(
            DB
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                """
        SELECT p.url FROM page p JOIN product pr ON pr.page_id = p.id WHERE p.site_id = :s AND NOT pr.is_gone""")
                            .bind("s", siteId)
                            .mapTo(String.class)
                            .list())
                .stream()
                .map(ChannelWatchTest::pathAndQuery)
                .toList());
    assertThat(productPaths).contains(PRODUCT).hasSizeGreaterThan(10);
    // the channel targets recorded as evidence, and where their checks' redirects ended
    Set<String> targets =
        new HashSet<>(
            DB
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                """
        SELECT c ->> 'target' FROM page p JOIN product pr ON pr.page_id = p.id,
               jsonb_array_elements(p.analysis -> 'channels') c WHERE p.site_id = :s AND NOT pr.is_gone
        UNION SELECT c -> 'check' ->> 'finalUrl' FROM page p JOIN product pr ON pr.page_id = p.id,
               jsonb_array_elements(p.analysis -> 'channels') c WHERE p.site_id = :s AND NOT pr.is_gone
                 AND c -> 'check' ->> 'finalUrl' IS NOT NULL""")
                            .bind("s", siteId)
                            .mapTo(String.class)
                            .list())
                .stream()
                .filter(t -> t.startsWith(SITE.baseUrl()))
                .map(t -> pathAndQuery(t.replaceAll("#.*", "")))
                .toList());
    assertThat(targets).contains(FORM);
    long pages = count("SELECT count(*) FROM page WHERE site_id = " + siteId);
    assertThat(pages)
        .as("the crawl saw more than the product pages")
        .isGreaterThan(productPaths.size() + 10);
    SITE.resetRequests();

    JsonNode run = watch();
    assertThat(run.get("kind").asText()).isEqualTo("channel-watch");
    assertThat(run.get("status").asText()).isEqualTo("FINISHED");
    assertThat(run.get("pages").asInt()).isEqualTo(productPaths.size());

    List<ServeEvent> requests = SITE.getAllServeEvents();
    List<String> pageRequests = new ArrayList<>();
    for (ServeEvent e : requests) {
      String url = e.getRequest().getUrl();
      String path = pathAndQuery(SITE.baseUrl() + url);
      boolean conditional =
          e.getRequest().containsHeader("If-None-Match")
              || e.getRequest().containsHeader("If-Modified-Since");
      if (conditional) {
        assertThat(productPaths).as("a conditional request is for a product page").contains(path);
        assertThat(e.getResponse().getStatus()).as(url).isEqualTo(304);
        pageRequests.add(path);
      } else if (!"/robots.txt".equals(url)) {
        // a product page that is also another product's channel target is checked as that target
        // too
        assertThat(targets).as("otherwise only channel targets and robots.txt").contains(path);
      }
    }
    assertThat(pageRequests)
        .as("each product page once, conditionally")
        .hasSize(productPaths.size())
        .doesNotHaveDuplicates();
    assertThat(requests.stream().map(e -> e.getRequest().getUrl()))
        .as("the e-form checked again")
        .contains(FORM)
        .doesNotContain("/", "/burgerzaken", "/nieuws");
    assertThat(
            count(
                "SELECT count(*) FROM page_observation WHERE crawl_run_id = "
                    + run.get("id").asLong()
                    + " AND (http_status <> 304 OR changed)"))
        .as("every page unchanged: none re-analysed")
        .isZero();

    JsonNode report = editor.get("/api/crawls/" + run.get("id").asLong() + "/changes").body();
    for (String list :
        List.of(
            "newProducts",
            "channelsGained",
            "channelsLost",
            "channelsBroken",
            "pagesGone",
            "textChanged")) {
      assertThat(report.get(list)).as(list).isEmpty();
    }
  }

  @Test
  @Order(2)
  void aFormThatBreaksBehindAnUnchangedPageIsReportedAndFlaggedAndSoIsItsRepair() throws Exception {
    DB.jdbi().useHandle(h -> h.execute("UPDATE product SET needs_review = false, is_new = false"));
    long productId = Long.parseLong(product(PRODUCT, "id"));
    int version = Integer.parseInt(product(PRODUCT, "version"));
    Http.Reply bad =
        editor.patch(
            "/api/products/" + productId,
            "{\"version\": " + version + ", \"ownerEmail\": \"geen adres\"}",
            "redacteur");
    assertThat(bad.status()).as("not an address").isEqualTo(422);
    Http.Reply owned =
        editor.patch(
            "/api/products/" + productId,
            "{\"version\": " + version + ", \"ownerEmail\": \"" + OWNER + "\"}",
            "redacteur");
    assertThat(owned.status()).as(owned.text()).isEqualTo(200);
    assertThat(owned.body().get("ownerEmail").asText()).isEqualTo(OWNER);
    SMTP.clear();
    StubMapping broken =
        SITE.stubFor(
            get(urlEqualTo(FORM))
                .atPriority(1)
                .willReturn(aResponse().withStatus(500).withBody("Storing")));
    JsonNode run = watch();
    long runId = run.get("id").asLong();
    assertThat(
            count(
                "SELECT count(*) FROM page_observation o JOIN page p ON p.id = o.page_id WHERE o.crawl_run_id = "
                    + runId
                    + " AND p.url LIKE '%"
                    + PRODUCT
                    + "' AND o.http_status = 304"))
        .as("the page did not change")
        .isEqualTo(1);
    JsonNode report = editor.get("/api/crawls/" + runId + "/changes").body();
    assertThat(report.get("channelsBroken")).hasSize(1);
    JsonNode change = report.get("channelsBroken").get(0);
    assertThat(change.get("url").asText()).endsWith(PRODUCT);
    assertThat(change.get("from").asText()).isEqualTo("DIGITAL");
    assertThat(change.get("to").asText()).isEqualTo("BROKEN");
    assertThat(product(PRODUCT, "detected_channel_status")).isEqualTo("BROKEN");
    assertThat(product(PRODUCT, "needs_review::text")).isEqualTo("true");
    assertThat(product(PRODUCT, "review_reason")).contains("Kanaal gewijzigd");
    assertThat(count("SELECT count(*) FROM product WHERE needs_review"))
        .as("only that product")
        .isEqualTo(1);
    MimeMessage told = SMTP.await(1).get(0);
    assertThat(SMTP.recipients()).as("the owner is told, once").containsExactly(OWNER);
    assertThat(told.getSubject()).contains("Parkeervergunning").contains("werkt niet meer");
    assertThat(told.getContent().toString())
        .contains("De kanaalcontrole van")
        .contains(SITE.baseUrl() + PRODUCT)
        .contains("was: Digitaal kanaal werkt");
    SMTP.clear();

    SITE.removeStub(broken);
    DB.jdbi().useHandle(h -> h.execute("UPDATE product SET needs_review = false"));
    JsonNode repaired = editor.get("/api/crawls/" + watch().get("id").asLong() + "/changes").body();
    assertThat(repaired.get("channelsGained")).hasSize(1);
    assertThat(repaired.get("channelsGained").get(0).get("url").asText()).endsWith(PRODUCT);
    assertThat(repaired.get("channelsGained").get(0).get("from").asText()).isEqualTo("BROKEN");
    assertThat(product(PRODUCT, "detected_channel_status")).isEqualTo("DIGITAL");
    assertThat(product(PRODUCT, "needs_review::text")).isEqualTo("true");
    assertThat(SMTP.await(1)).as("and of the repair").hasSize(1);
    assertThat(SMTP.messages().get(0).getSubject()).contains("werkt (weer)");
  }

  @Test
  @Order(3)
  void pagesTheWatchDidNotVisitKeepTheirStateAndNoProductIsGone() {
    assertThat(count("SELECT count(*) FROM product WHERE is_gone")).isZero();
    assertThat(count("SELECT count(*) FROM audit_event WHERE event = 'product.gone'")).isZero();
    assertThat(
            count(
                """
        SELECT count(*) FROM page p WHERE p.site_id = %d AND p.last_crawl_run_id = %d
          AND NOT EXISTS (SELECT 1 FROM product pr WHERE pr.page_id = p.id)"""
                    .formatted(siteId, crawlRun)))
        .as("the other pages still belong to the crawl")
        .isEqualTo(
            count(
                """
        SELECT count(*) FROM page p WHERE p.site_id = %d
          AND NOT EXISTS (SELECT 1 FROM product pr WHERE pr.page_id = p.id)"""
                    .formatted(siteId)));
    assertThat(
            count(
                """
        SELECT count(*) FROM page_observation o JOIN crawl_run r ON r.id = o.crawl_run_id
        WHERE r.kind = 'channel-watch' AND NOT EXISTS (SELECT 1 FROM product pr WHERE pr.page_id = o.page_id)"""))
        .as("a watch observes product pages only")
        .isZero();
  }

  @Test
  @Order(4)
  void aWatchOrCrawlIsRefusedWhileTheSitesCrawlOrWatchRunsAndViewersMayNotStartOne()
      throws Exception {
    assertThat(editor.as("kijker").post("/api/sites/" + siteId + "/channel-watch", "{}").status())
        .isEqualTo(403);
    assertThat(editor.post("/api/sites/999999/channel-watch", "{}").status()).isEqualTo(404);
    long queued =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "INSERT INTO crawl_run (site_id, status) VALUES (:s, 'RUNNING') RETURNING id")
                        .bind("s", siteId)
                        .mapTo(Long.class)
                        .one()); // a crawl queued by another instance, its execution not there yet
    try {
      Http.Reply refused = editor.post("/api/sites/" + siteId + "/channel-watch", "{}");
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.body().get("message").asText()).contains("already running");
    } finally {
      DB.jdbi()
          .useHandle(
              h -> h.execute("UPDATE crawl_run SET status = 'STOPPED' WHERE id = ?", queued));
    }
    long watchRun =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "INSERT INTO crawl_run (site_id, status, kind) VALUES (:s, 'RUNNING', 'channel-watch') RETURNING id")
                        .bind("s", siteId)
                        .mapTo(Long.class)
                        .one());
    try {
      assertThat(editor.post("/api/sites/" + siteId + "/crawls", "{}").status()).isEqualTo(409);
      assertThat(editor.post("/api/sites/" + siteId + "/channel-watch", "{}").status())
          .isEqualTo(409);
      assertThat(crawlsPage("redacteur"))
          .as("while it runs: stop, no start")
          .doesNotContain("Kanaalcontrole nu");
    } finally {
      DB.jdbi()
          .useHandle(
              h -> h.execute("UPDATE crawl_run SET status = 'STOPPED' WHERE id = ?", watchRun));
    }
    String page = crawlsPage("redacteur");
    assertThat(page)
        .contains("Kanaalcontrole nu")
        .contains("<td class=\"kind-channel-watch\">Kanaalcontrole</td>")
        .contains("<td class=\"kind-crawl\">Volledige crawl</td>");
    assertThat(crawlsPage("kijker")).doesNotContain("Kanaalcontrole nu");
  }

  @Test
  @Order(5)
  void theScheduleHoldsTheWatchAndStartsItWhenDue() throws Exception {
    Http.Reply often =
        admin.send(
            "PUT",
            "/api/sites/" + siteId + "/schedule",
            "{\"interval\": \"P7D\", \"channelWatch\": \"PT30M\"}",
            null);
    assertThat(often.status()).isEqualTo(422);
    assertThat(often.body().get("errors").get(0).asText()).contains("at least PT1H");
    Http.Reply off =
        admin.send(
            "PUT",
            "/api/sites/" + siteId + "/schedule",
            "{\"interval\": \"P7D\", \"channelWatch\": \"off\"}",
            null);
    assertThat(off.status()).isEqualTo(200);
    assertThat(off.body().get("channelWatch").isNull()).isTrue();
    Http.Reply kept =
        admin.send("PUT", "/api/sites/" + siteId + "/schedule", "{\"interval\": \"P7D\"}", null);
    assertThat(kept.body().get("channelWatch").isNull()).as("left out: as it was").isTrue();
    Http.Reply daily =
        admin.send(
            "PUT",
            "/api/sites/" + siteId + "/schedule",
            "{\"interval\": \"P7D\", \"channelWatch\": \"P1D\"}",
            null);
    assertThat(daily.body().get("channelWatch").asText()).isEqualTo("P1D");
    assertThat(
            Instant.parse(
                daily.body().get("channelWatchNextRunAt").asText().replace("+00:00", "Z")))
        .isAfter(Instant.now().plus(Duration.ofHours(23)));
    long runsBefore = count("SELECT count(*) FROM crawl_run WHERE site_id = " + siteId);

    DB.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE crawl_schedule SET watch_next_run_at = now() - interval '1 second' WHERE site_id = ?",
                    siteId));
    JsonNode schedule =
        await(
            "/api/sites/" + siteId + "/schedule",
            s -> s.get("channelWatchLastResult").asText("").startsWith("STARTED run"));
    long runId = schedule.get("channelWatchLastRunId").asLong();
    JsonNode run = await("/api/crawls/" + runId, r -> !"RUNNING".equals(r.get("status").asText()));
    assertThat(run.get("kind").asText()).isEqualTo("channel-watch");
    assertThat(run.get("status").asText()).isEqualTo("FINISHED");
    assertThat(Instant.parse(schedule.get("channelWatchNextRunAt").asText().replace("+00:00", "Z")))
        .isAfter(Instant.now().plus(Duration.ofHours(23)));
    assertThat(count("SELECT count(*) FROM crawl_run WHERE site_id = " + siteId))
        .as("the watch only, once")
        .isEqualTo(runsBefore + 1);
    assertThat(schedule.get("lastResult").isNull()).as("no crawl was due").isTrue();
  }

  @Test
  @Order(6)
  void theWebViewStartsAWatchForEditorsAndSwitchesItOffInTheScheduleForm() throws Exception {
    SessionLogin login = new SessionLogin(APP.getLocalPort());
    assertThat(
            login
                .form(
                    login.login("kijker"), "/crawls/kanaalcontrole", "site", Long.toString(siteId))
                .status())
        .isEqualTo(403);
    SessionLogin.Reply started =
        login.form(
            login.login("redacteur"), "/crawls/kanaalcontrole", "site", Long.toString(siteId));
    assertThat(started.status()).as(started.body()).isEqualTo(303);
    long runId =
        count(
            "SELECT max(id) FROM crawl_run WHERE site_id = "
                + siteId
                + " AND kind = 'channel-watch'");
    assertThat(
            await("/api/crawls/" + runId, r -> !"RUNNING".equals(r.get("status").asText()))
                .get("status")
                .asText())
        .isEqualTo("FINISHED");
    assertThat(login.page(login.login("kijker"), "/crawls/" + runId).body())
        .as("the run's page names its kind")
        .contains("<td class=\"kind-channel-watch\">Kanaalcontrole</td>");

    long municipality = count("SELECT municipality_id FROM site WHERE id = " + siteId);
    SessionLogin.Session beheerder = login.login("beheerder");
    String form = login.page(beheerder, "/gemeenten/" + municipality).body();
    assertThat(form)
        .contains("name=\"kanaalcontrole\"")
        .contains("<option value=\"P1D\" selected>dagelijks</option>")
        .contains("Kanaalcontrole: <strong>dagelijks</strong>");
    SessionLogin.Reply saved =
        login.form(
            beheerder,
            "/gemeenten/" + municipality + "/sites/" + siteId + "/schema",
            "soort",
            "week",
            "dag",
            "MON",
            "tijd",
            "03:00",
            "actief",
            "ja",
            "kanaalcontrole",
            "off");
    assertThat(saved.status()).as(saved.body()).isIn(200, 303);
    assertThat(admin.get("/api/sites/" + siteId + "/schedule").body().get("channelWatch").isNull())
        .isTrue();
    assertThat(login.page(beheerder, "/gemeenten/" + municipality).body())
        .contains("Kanaalcontrole: <strong>uit</strong>")
        .contains("<option value=\"off\" selected>uit</option>");
  }

  @Test
  @Order(7)
  void aCrawlDueWhileTheWatchRunsStartsAtTheNextCheckInsteadOfAWeekLater() throws Exception {
    long watchRun =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "INSERT INTO crawl_run (site_id, status, kind) VALUES (:s, 'RUNNING', 'channel-watch') RETURNING id")
                        .bind("s", siteId)
                        .mapTo(Long.class)
                        .one()); // its execution not there yet: it stays RUNNING
    DB.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE crawl_schedule SET next_run_at = now() - interval '1 second', "
                        + "last_result = NULL WHERE site_id = ?",
                    siteId));
    Thread.sleep(1500); // several checks
    JsonNode waiting = admin.get("/api/sites/" + siteId + "/schedule").body();
    assertThat(waiting.get("lastResult").isNull()).as("not skipped: " + waiting).isTrue();
    assertThat(OffsetDateTime.parse(waiting.get("nextRunAt").asText()))
        .isBefore(OffsetDateTime.now());

    DB.jdbi()
        .useHandle(
            h -> h.execute("UPDATE crawl_run SET status = 'FINISHED' WHERE id = ?", watchRun));
    JsonNode started =
        await(
            "/api/sites/" + siteId + "/schedule",
            sc -> sc.get("lastResult").asText("").startsWith("STARTED run"));
    JsonNode crawl =
        await(
            "/api/crawls/" + started.get("lastRunId").asLong(),
            r -> !"RUNNING".equals(r.get("status").asText()));
    assertThat(crawl.get("kind").asText()).isEqualTo("crawl");
    assertThat(crawl.get("status").asText()).isEqualTo("FINISHED");
  }

  private static JsonNode watch() throws InterruptedException {
    Http.Reply started = editor.post("/api/sites/" + siteId + "/channel-watch", "{}");
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    assertThat(started.body().get("kind").asText()).isEqualTo("channel-watch");
    return await(
        "/api/crawls/" + started.body().get("id").asLong(),
        r -> !"RUNNING".equals(r.get("status").asText()));
  }

  private static String pathAndQuery(String url) {
    URI uri = URI.create(url);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static String product(String path, String column) {
    return DB.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT pr."
                            + column
                            + " FROM product pr JOIN page p ON p.id = "
                            + "pr.page_id WHERE p.url LIKE :u")
                    .bind("u", "%" + path)
                    .mapTo(String.class)
                    .one());
  }

  private static String crawlsPage(String user) throws Exception {
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/crawls"))
            .header("Accept", "text/html")
            .header("Authorization", TestUsers.basic(user))
            .build();
    return java.net.http.HttpClient.newHttpClient()
        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static long count(String sql) {
    return DB.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static JsonNode await(String path, Predicate<JsonNode> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      Http.Reply reply = admin.get(path);
      last = reply.body();
      if (reply.status() == 200 && done.test(last)) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting on " + path + ": " + last);
  }
}
