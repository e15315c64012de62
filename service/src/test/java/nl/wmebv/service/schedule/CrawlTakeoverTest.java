package nl.wmebv.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.CrawlRunRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances (each its own connections, CrawlService and db-scheduler, as in two
 * processes) on one database: a crawl taken by instance A, A cut off without warning (its
 * connections die, so its heartbeat stops and it can write nothing more, as at kill -9 or a network
 * split), the crawl revived on instance B by db-scheduler and resumed from A's checkpoint; the run
 * ends FINISHED on B with every page of an undisturbed crawl of the same site, each page and each
 * observation counted once; A, whose hold lapsed, stopped and wrote nothing more, even when its
 * connections come back. Heartbeats every 300 ms here (dead after 4 missed beats); production beats
 * every 30 s.
 */
class CrawlTakeoverTest {
  private static final ObjectMapper JSON = Jackson.newObjectMapper();

  private TestDatabase db;
  private DemoSite site;
  private DemoSite referenceSite;
  private CrawlNode a;
  private CrawlNode b;

  @BeforeEach
  void setUp() {
    db = TestDatabase.createMigrated();
    site = DemoSite.start("127.0.0.1", 0);
    referenceSite = DemoSite.start("127.0.0.1", 0);
  }

  @AfterEach
  void tearDown() {
    for (CrawlNode n : new CrawlNode[] {a, b}) {
      if (n != null) {
        n.close();
      }
    }
    site.close();
    referenceSite.close();
    db.close();
  }

  @Test
  void aCrawlOfAnInstanceThatDiedIsResumedOnAnotherWithNothingLostOrCountedTwice()
      throws Exception {
    long siteId = newSite("Voorbeeldstad", site);
    long referenceId = newSite("Referentiestad", referenceSite);
    a = new CrawlNode("node-a", db.dataSource());

    // the same site undisturbed, for comparison
    CrawlRunRow reference =
        await(a.crawls.start(referenceId).id(), r -> !"RUNNING".equals(r.status()));
    assertThat(reference.status()).isEqualTo("FINISHED");
    assertThat(reference.instance()).isEqualTo("node-a");
    assertThat(reference.pages()).isGreaterThan(40);
    int referenceFetched = a.fetched.getAndSet(0);

    // a slow crawl on A (about 15 s), cut off after its first checkpoint
    a.delayMs.set(Math.max(20, 15_000 / reference.pages()));
    long runId = a.crawls.start(siteId).id();
    CrawlRunRow checkpointed = await(runId, r -> r.state() != null);
    assertThat(checkpointed.instance()).isEqualTo("node-a");
    assertThat(checkpointed.status()).as("still crawling when A dies").isEqualTo("RUNNING");
    b = new CrawlNode("node-b", db.dataSource());
    a.dataSource.kill();
    CrawlRunRow atKill = find(runId);
    int checkpointPages = JSON.readTree(atKill.state()).get("pages").asInt();
    assertThat(checkpointPages).isPositive().isLessThan(reference.pages());

    // B takes the execution over once A's heartbeat is stale, and resumes the same run
    await(runId, r -> "node-b".equals(r.instance()));
    a.dataSource.heal(); // A's network is back: it must not go on writing the run B now owns
    CrawlRunRow firstProgressOfB =
        await(runId, r -> r.pages() != atKill.pages() || !"RUNNING".equals(r.status()));
    assertThat(firstProgressOfB.pages())
        .as("B counts on from the checkpoint, it did not start over")
        .isGreaterThanOrEqualTo(checkpointPages);
    CrawlRunRow finished = await(runId, r -> !"RUNNING".equals(r.status()));
    assertThat(finished.status()).isEqualTo("FINISHED");
    assertThat(finished.failure()).isNull();
    assertThat(finished.instance()).isEqualTo("node-b");
    assertThat(finished.pages()).as("every page counted once").isEqualTo(reference.pages());
    assertThat(finished.errors()).isEqualTo(reference.errors());
    assertThat(finished.skipped()).isEqualTo(reference.skipped());
    assertThat(b.fetched.get())
        .as("B fetched only what A's checkpoint did not cover, not the whole site again")
        .isPositive()
        .isLessThan(referenceFetched);

    assertThat(a.fetched.get())
        .as("A stopped crawling when its hold lapsed, it did not go on to the end")
        .isLessThan(referenceFetched);
    assertThat(paths(siteId))
        .as("nothing lost: the pages of the undisturbed crawl")
        .isEqualTo(paths(referenceId));
    assertThat(count("SELECT count(*) FROM page_observation WHERE crawl_run_id = " + runId))
        .as("one observation per page, none twice")
        .isEqualTo(
            count(
                "SELECT count(DISTINCT page_id) FROM page_observation WHERE crawl_run_id = "
                    + runId))
        .isEqualTo(count("SELECT count(*) FROM page WHERE site_id = " + siteId));
    assertThat(count("SELECT count(*) FROM crawl_run WHERE site_id = " + siteId))
        .as("the same run")
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'crawl-site'"))
        .as("the execution is done")
        .isZero();
  }

  @Test
  void aStopAskedOnOneInstanceStopsTheCrawlOnTheOtherAndASecondStartIsRefused() throws Exception {
    long siteId = newSite("Voorbeeldstad", site);
    a = new CrawlNode("node-a", db.dataSource());
    a.delayMs.set(200);
    b = new CrawlNode("node-b", db.dataSource(), 0); // web only: queues, runs nothing
    long runId = b.crawls.start(siteId).id();
    await(runId, r -> "node-a".equals(r.instance()) && r.pages() > 2);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> b.crawls.start(siteId)))
        .isInstanceOf(nl.wmebv.service.core.crawl.CrawlAlreadyRunningException.class);

    assertThat(b.crawls.stop(runId)).isTrue();
    CrawlRunRow stopped = await(runId, r -> !"RUNNING".equals(r.status()));
    assertThat(stopped.status()).isEqualTo("STOPPED");
    assertThat(stopped.state()).as("its state kept for a resume").isNotNull();
    assertThat(b.crawls.stop(runId)).as("no longer running").isFalse();

    a.delayMs.set(0);
    b.crawls.resume(runId);
    CrawlRunRow finished = await(runId, r -> !"RUNNING".equals(r.status()));
    assertThat(finished.status()).isEqualTo("FINISHED");
    assertThat(finished.instance()).isEqualTo("node-a");
    assertThat(finished.pages()).isGreaterThanOrEqualTo(stopped.pages());
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
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
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
