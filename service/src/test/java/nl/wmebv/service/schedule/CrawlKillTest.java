package nl.wmebv.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.CrawlRunRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * kill -9 of the process that runs a crawl, for real: a child JVM crawls the demo site slowly and
 * is killed with SIGKILL after its first checkpoint; another instance takes the crawl over from
 * that checkpoint, and the run ends with the pages of an undisturbed crawl, each page and each
 * observation once, and points no page at another run.
 */
class CrawlKillTest {
  private static final ObjectMapper JSON = Jackson.newObjectMapper();

  private TestDatabase db;
  private DemoSite site;
  private DemoSite referenceSite;
  private Process child;
  private CrawlNode survivor;

  @BeforeEach
  void setUp() {
    db = TestDatabase.createMigrated();
    site = DemoSite.start("127.0.0.1", 0);
    referenceSite = DemoSite.start("127.0.0.1", 0);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    if (child != null) {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    if (survivor != null) {
      survivor.close();
    }
    site.close();
    referenceSite.close();
    db.close();
  }

  @Test
  @Timeout(240)
  void aCrawlWhoseProcessWasKilledFinishesElsewhereWithEveryPageAndObservationOnce()
      throws Exception {
    long siteId = newSite("Voorbeeldstad", site);
    long referenceId = newSite("Referentiestad", referenceSite);
    CrawlRunRow reference;
    try (CrawlNode undisturbed = new CrawlNode("node-reference", db.dataSource())) {
      reference =
          await(undisturbed.crawls.start(referenceId).id(), r -> !"RUNNING".equals(r.status()));
    }
    assertThat(reference.status()).isEqualTo("FINISHED");

    child = startChild(siteId, Math.max(20, 15_000 / reference.pages()));
    long runId = readRunId(child);
    CrawlRunRow checkpointed = await(runId, r -> r.state() != null);
    assertThat(checkpointed.instance()).isEqualTo("node-killed");
    assertThat(checkpointed.status()).as("still crawling when it is killed").isEqualTo("RUNNING");
    child
        .destroyForcibly()
        .waitFor(30, TimeUnit.SECONDS); // SIGKILL: nothing of the child runs after this
    assertThat(child.isAlive()).isFalse();
    CrawlRunRow atKill = find(runId);
    int checkpointPages = JSON.readTree(atKill.state()).get("pages").asInt();
    assertThat(checkpointPages).isPositive().isLessThan(reference.pages());

    survivor = new CrawlNode("node-survivor", db.dataSource());
    CrawlRunRow finished =
        await(runId, r -> "node-survivor".equals(r.instance()) && !"RUNNING".equals(r.status()));
    assertThat(finished.status()).isEqualTo("FINISHED");
    assertThat(finished.pages()).as("every page counted once").isEqualTo(reference.pages());
    assertThat(finished.errors()).isEqualTo(reference.errors());
    assertThat(paths(siteId)).as("nothing lost").isEqualTo(paths(referenceId));
    assertThat(count("SELECT count(*) FROM page_observation WHERE crawl_run_id = " + runId))
        .as("one observation per page, none twice")
        .isEqualTo(
            count(
                "SELECT count(DISTINCT page_id) FROM page_observation WHERE crawl_run_id = "
                    + runId))
        .isEqualTo(count("SELECT count(*) FROM page WHERE site_id = " + siteId));
    assertThat(
            count(
                "SELECT count(*) FROM page WHERE site_id = "
                    + siteId
                    + " AND last_crawl_run_id IS DISTINCT FROM "
                    + runId))
        .as("no page points at another run")
        .isZero();
  }

  private Process startChild(long siteId, int delayMs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CrawlNodeChild.class.getName(),
            db.url(),
            db.user(),
            Long.toString(siteId),
            Integer.toString(delayMs))
        .redirectErrorStream(true)
        .start();
  }

  private static long readRunId(Process p) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("RUN ")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "child-output");
        drain.setDaemon(true);
        drain.start();
        return Long.parseLong(line.substring(4).strip());
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the child ended without starting a crawl:\n" + seen);
  }

  private long newSite(String name, DemoSite demo) {
    return new MunicipalityService(db.jdbi())
        .create(name, demo.baseUri() + "/")
        .sites()
        .get(0)
        .id();
  }

  private List<String> paths(long siteId) {
    return db
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT url FROM page WHERE site_id = :s ORDER BY 1")
                    .bind("s", siteId)
                    .mapTo(String.class)
                    .list())
        .stream()
        .map(u -> u.replaceFirst("^https?://[^/]+", ""))
        .sorted()
        .toList();
  }

  private long count(String sql) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private CrawlRunRow find(long runId) {
    return db.jdbi().onDemand(CrawlRunDao.class).find(runId).orElseThrow();
  }

  private CrawlRunRow await(long runId, Predicate<CrawlRunRow> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    CrawlRunRow last = null;
    while (Instant.now().isBefore(deadline)) {
      last = find(runId);
      if (done.test(last)) {
        return last;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("gave up waiting on crawl run " + runId + "; last: " + last);
  }
}
