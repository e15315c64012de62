package nl.wmebv.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.Http;
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
 * The scheduler on a real database and a real (demo) website: a due schedule starts a crawl once, a
 * due schedule whose site is being crawled is skipped, and a stopped crawl is resumed (same run)
 * instead of restarted. The check runs every 300 ms here; production checks every minute.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrawlSchedulerTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite SITE = DemoSite.start("127.0.0.1", 0);

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "25",
          "crawler.allowPrivateAddresses",
          "true",
          "scheduler.enabled",
          "true",
          "scheduler.pollingInterval",
          "200ms",
          "scheduler.checkInterval",
          "300ms",
          "scheduler.instanceName",
          "dienst-1");

  private static long siteId;
  private static Http admin;
  private static Http editor;

  @BeforeAll
  static void setUp() {
    siteId =
        new MunicipalityService(DB.jdbi())
            .create("Voorbeeldstad", SITE.baseUri().toString())
            .sites()
            .get(0)
            .id();
    TestUsers.create(DB.jdbi(), "beheerder", Role.ADMIN);
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    admin = new Http(APP.getLocalPort(), "beheerder");
    editor = new Http(APP.getLocalPort(), "redacteur");
  }

  @AfterAll
  static void tearDown() {
    SITE.close();
    DB.close();
  }

  @Test
  @Order(1)
  void schedulesAreForAdminsAndAnInvalidCronIsA422WithAClearMessage() {
    Http.Reply none = admin.get("/api/sites/" + siteId + "/schedule");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.body().get("configured").asBoolean()).isFalse();
    assertThat(none.body().get("nextRunAt").isNull()).isTrue();

    Http.Reply bad = put("{\"cron\": \"elke maandag om drie uur\"}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body().get("errors").get(0).asText())
        .startsWith("cron: 'elke maandag om drie uur' is not a valid cron expression");

    Http.Reply both = put("{\"cron\": \"0 0 3 * * MON\", \"interval\": \"P7D\"}");
    assertThat(both.status()).isEqualTo(422);
    assertThat(both.body().get("errors").get(0).asText()).contains("not both");
    assertThat(put("{\"interval\": \"een week\"}").status()).isEqualTo(422);
    assertThat(put("{\"interval\": \"PT10S\"}").body().get("errors").get(0).asText())
        .contains("at least 1 minute");
    assertThat(put("{\"cron\": \"0 0 3 * * MON\", \"zone\": \"Mars/Olympus\"}").status())
        .isEqualTo(422);
    Http.Reply everySecond = put("{\"cron\": \"* * * * * *\"}");
    assertThat(everySecond.status()).as("as often as an interval under a minute").isEqualTo(422);
    assertThat(everySecond.body().get("errors").get(0).asText())
        .contains("more often than once a minute");
    assertThat(put("{\"cron\": \"*/10 * * * * *\"}").status()).isEqualTo(422);
    assertThat(put("{\"interval\": \"P7D\", \"enabled\": -1}").status())
        .as("a number is no boolean")
        .isBetween(400, 422);
    assertThat(put("{\"interval\": \"P7D\", \"interval\": \"P1D\"}").status())
        .as("a key given twice")
        .isEqualTo(400);

    assertThat(
            editor
                .send("PUT", "/api/sites/" + siteId + "/schedule", "{\"interval\": \"P7D\"}", null)
                .status())
        .as("editors may not set schedules")
        .isEqualTo(403);
    assertThat(editor.get("/api/sites/" + siteId + "/schedule").status()).isEqualTo(403);
    assertThat(admin.get("/api/sites/999999/schedule").status()).isEqualTo(404);
    assertThat(count("SELECT count(*) FROM crawl_schedule")).isZero();
  }

  @Test
  @Order(2)
  void aDueScheduleStartsTheCrawlOnce() throws Exception {
    Http.Reply saved = put("{\"interval\": \"PT1H\"}");
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.body().get("interval").asText()).isEqualTo("PT1H");
    // never crawled: the first run is due at once
    assertThat(OffsetDateTime.parse(saved.body().get("nextRunAt").asText()))
        .isBefore(OffsetDateTime.now().plusSeconds(5));

    JsonNode schedule =
        awaitSchedule(s -> s.get("lastResult").asText("").startsWith("STARTED run"));
    long runId = schedule.get("lastRunId").asLong();
    assertThat(OffsetDateTime.parse(schedule.get("nextRunAt").asText()))
        .as("an hour after the trigger")
        .isAfter(OffsetDateTime.now().plusMinutes(55));
    JsonNode run = awaitRun(runId, r -> !"RUNNING".equals(r.get("status").asText()));
    assertThat(run.get("status").asText()).isEqualTo("FINISHED");
    assertThat(run.get("pages").asInt()).isGreaterThan(40);
    assertThat(run.get("instance").asText())
        .as("the configured instance name")
        .isEqualTo("dienst-1");
    String page = crawlsPage();
    assertThat(page).contains("<th scope=\"col\">Instantie</th>").contains("<td>dienst-1</td>");
    Thread.sleep(1000); // several more checks
    assertThat(count("SELECT count(*) FROM crawl_run WHERE site_id = " + siteId))
        .as("started once")
        .isEqualTo(1);
    assertThat(
            count("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'crawl-schedule-check'"))
        .isEqualTo(1);
  }

  @Test
  @Order(3)
  void aDueScheduleSkipsASiteThatIsBeingCrawledAndAManualCrawlIsRefused() throws Exception {
    // a crawl of the site running (on another instance, say)
    long running =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "INSERT INTO crawl_run (site_id, status) VALUES (:s, 'RUNNING') RETURNING id")
                        .bind("s", siteId)
                        .mapTo(Long.class)
                        .one());
    try {
      makeDue();
      JsonNode schedule = awaitSchedule(s -> s.get("lastResult").asText("").startsWith("SKIPPED"));
      assertThat(schedule.get("lastResult").asText())
          .isEqualTo("SKIPPED: A crawl of site " + siteId + " is already running");
      assertThat(count("SELECT count(*) FROM crawl_run WHERE site_id = " + siteId)).isEqualTo(2);

      Http.Reply manual = admin.post("/api/sites/" + siteId + "/crawls", "{}");
      assertThat(manual.status()).isEqualTo(409);
      assertThat(crawlsPage())
          .as("a run no instance has taken waits in the queue")
          .contains("in de wachtrij");
      assertThat(manual.body().get("message").asText())
          .isEqualTo("A crawl of site " + siteId + " is already running");
    } finally {
      DB.jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE crawl_run SET status = 'FAILED', finished_at = now() WHERE id = ?",
                      running));
    }
  }

  @Test
  @Order(4)
  void aStoppedCrawlIsResumedByTheSchedulerNotStartedOver() throws Exception {
    Http.Reply cron = put("{\"cron\": \"0 0 3 * * *\"}");
    assertThat(cron.status()).isEqualTo(200);
    ZonedDateTime next =
        OffsetDateTime.parse(cron.body().get("nextRunAt").asText())
            .atZoneSameInstant(ZoneId.of("Europe/Amsterdam"));
    assertThat(next.getHour()).as("03:00 in Amsterdam").isEqualTo(3);
    assertThat(next.toInstant()).isBetween(Instant.now(), Instant.now().plus(Duration.ofHours(25)));

    // a crawl cut off half way: stopped with its checkpoint kept, as at a shutdown
    Http.Reply started = admin.post("/api/sites/" + siteId + "/crawls", "{}");
    assertThat(started.status()).isEqualTo(202);
    long runId = started.body().get("id").asLong();
    awaitRun(runId, r -> r.get("pages").asInt() >= 5);
    assertThat(admin.post("/api/crawls/" + runId + "/stop", "{}").status()).isEqualTo(202);
    JsonNode stopped = awaitRun(runId, r -> !"RUNNING".equals(r.get("status").asText()));
    assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
    int pagesAtStop = stopped.get("pages").asInt();
    assertThat(
            count("SELECT count(*) FROM crawl_run WHERE id = " + runId + " AND state IS NOT NULL"))
        .isEqualTo(1);
    long runsBefore = count("SELECT count(*) FROM crawl_run WHERE site_id = " + siteId);

    makeDue();
    JsonNode schedule = awaitSchedule(s -> s.get("lastResult").asText("").startsWith("RESUMED"));
    assertThat(schedule.get("lastResult").asText()).isEqualTo("RESUMED run " + runId);
    assertThat(schedule.get("lastRunId").asLong()).isEqualTo(runId);
    JsonNode finished = awaitRun(runId, r -> !"RUNNING".equals(r.get("status").asText()));
    assertThat(finished.get("status").asText()).isEqualTo("FINISHED");
    assertThat(finished.get("pages").asInt()).isGreaterThanOrEqualTo(pagesAtStop).isGreaterThan(40);
    assertThat(count("SELECT count(*) FROM crawl_run WHERE site_id = " + siteId))
        .as("no new run: the same run continued")
        .isEqualTo(runsBefore);
  }

  /** The crawls page as the admin's browser gets it. */
  private static String crawlsPage() throws Exception {
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/crawls"))
            .header("Accept", "text/html")
            .header("Authorization", TestUsers.basic("beheerder"))
            .build();
    return java.net.http.HttpClient.newHttpClient()
        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static Http.Reply put(String json) {
    return admin.send("PUT", "/api/sites/" + siteId + "/schedule", json, null);
  }

  private static void makeDue() {
    DB.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE crawl_schedule SET next_run_at = now() - interval '1 second', last_result = NULL WHERE site_id = ?",
                    siteId));
  }

  private static long count(String sql) {
    return DB.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static JsonNode awaitSchedule(Predicate<JsonNode> done) throws InterruptedException {
    return await("/api/sites/" + siteId + "/schedule", done);
  }

  private static JsonNode awaitRun(long runId, Predicate<JsonNode> done)
      throws InterruptedException {
    return await("/api/crawls/" + runId, done);
  }

  private static JsonNode await(String path, Predicate<JsonNode> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      Http.Reply r = admin.get(path);
      if (r.status() == 200) {
        last = r.body();
        if (done.test(last)) {
          return last;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("gave up waiting on " + path + "; last: " + last);
  }
}
