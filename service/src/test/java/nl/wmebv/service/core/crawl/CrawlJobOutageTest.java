package nl.wmebv.service.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmebv.crawler.CrawlConfig;
import nl.wmebv.crawler.Crawler;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.CrawlRunRow;
import nl.wmebv.service.db.SiteDao;
import nl.wmebv.service.db.SiteRow;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database outage during a crawl: a short one is waited out batch by batch and nothing is lost; a
 * long one stops the crawl and ends the run FAILED with the reason, never FINISHED with pages
 * missing, and no checkpoint passes the pages that were not stored. The outage is played by a
 * merger whose connection fails as a stopped server's does.
 */
class CrawlJobOutageTest {
  private static final ObjectMapper JSON = Jackson.newObjectMapper();

  private TestDatabase db;
  private DemoSite site;
  private SiteRow siteRow;

  @BeforeEach
  void setUp() {
    db = TestDatabase.createMigrated();
    site = DemoSite.start("127.0.0.1", 0);
    MunicipalityJson m =
        new MunicipalityService(db.jdbi()).create("Voorbeeldstad", site.baseUri() + "/");
    siteRow = db.jdbi().onDemand(SiteDao.class).find(m.sites().get(0).id()).orElseThrow();
  }

  @AfterEach
  void tearDown() {
    site.close();
    db.close();
  }

  /**
   * A merger whose first {@code failures} merges fail as an unreachable database does (SQLState
   * 08001).
   */
  private InventoryMerger outage(int failures, AtomicInteger calls) {
    return new InventoryMerger(db.jdbi(), JSON) {
      @Override
      public void merge(long municipalityId, long siteId, long runId, List<PageRecord> batch) {
        if (calls.incrementAndGet() <= failures) {
          throw new ConnectionException(
              new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        }
        super.merge(municipalityId, siteId, runId, batch);
      }
    };
  }

  private CrawlRunRow crawl(InventoryMerger merger, Duration retry) {
    CrawlRunDao runs = db.jdbi().onDemand(CrawlRunDao.class);
    long runId = runs.start(siteRow.id()).id();
    CrawlConfig config =
        CrawlConfig.defaults(URI.create(site.baseUri() + "/")).toBuilder()
            .allowPrivateAddresses(true)
            .delayMs(0)
            .threads(2)
            .maxPages(1000)
            .build();
    new CrawlJob(
            db.jdbi(),
            siteRow,
            runId,
            new Crawler(config, null),
            null,
            merger,
            state -> {
              try {
                return JSON.writeValueAsString(state);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            retry)
        .run();
    return runs.find(runId).orElseThrow();
  }

  @Test
  void aShortOutageIsWaitedOutAndNothingIsLost() {
    AtomicInteger calls = new AtomicInteger();
    CrawlRunRow run = crawl(outage(2, calls), Duration.ofSeconds(30));
    assertThat(run.status()).isEqualTo("FINISHED");
    assertThat(run.failure()).isNull();
    int observed =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM page_observation WHERE crawl_run_id = :r")
                        .bind("r", run.id())
                        .mapTo(Integer.class)
                        .one());
    assertThat(observed).isEqualTo(run.pages());
  }

  @Test
  void aLongOutageEndsTheRunFailedWithTheReasonAndNoCheckpointPastTheLostPages() {
    CrawlRunRow run = crawl(outage(Integer.MAX_VALUE, new AtomicInteger()), Duration.ofSeconds(2));
    assertThat(run.status()).isEqualTo("FAILED");
    assertThat(run.failure()).contains("database was unreachable", "resume");
    int observed =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM page_observation")
                        .mapTo(Integer.class)
                        .one());
    assertThat(observed).isZero();
    assertThat(run.state()).as("no checkpoint counts the pages that were not stored").isNull();
  }
}
