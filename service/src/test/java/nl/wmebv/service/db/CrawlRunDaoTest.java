package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CrawlRunDaoTest extends DaoTestBase {
  @Test
  void aRunProgressesCheckpointsAndFinishes() {
    SiteRow site = newSite("kampen");
    CrawlRunDao dao = jdbi.onDemand(CrawlRunDao.class);
    CrawlRunRow run = dao.start(site.id());
    assertThat(run.status()).isEqualTo("RUNNING");

    assertThat(run.skipped()).as("a new run skipped nothing yet").isZero();
    dao.progress(run.id(), 10, 1, 3, 5);
    dao.checkpoint(run.id(), "{\"frontier\": [\"https://www.kampen.nl/a\"]}");
    assertThat(dao.finish(run.id(), "FINISHED", null)).isEqualTo(1);
    assertThat(dao.finish(run.id(), "FAILED", "too late")).as("a finished run stays finished").isZero();

    CrawlRunRow done = dao.find(run.id()).orElseThrow();
    assertThat(done.status()).isEqualTo("FINISHED");
    assertThat(done.pages()).isEqualTo(10);
    assertThat(done.errors()).isEqualTo(1);
    assertThat(done.skipped()).isEqualTo(3);
    assertThat(done.queued()).isEqualTo(5);
    assertThat(done.state()).contains("frontier");
    assertThat(done.finishedAt()).isNotNull();
    assertThat(dao.listBySite(site.id(), 10)).extracting(CrawlRunRow::id).containsExactly(run.id());
  }

  @Test
  void neverTwoRunningCrawlsOfOneSite() {
    SiteRow site = newSite("dalfsen");
    CrawlRunDao dao = jdbi.onDemand(CrawlRunDao.class);
    dao.start(site.id());
    assertThatThrownBy(() -> dao.start(site.id())).satisfies(e -> assertThat(UniqueViolation.isCause(e)).isTrue());
  }

  @Test
  void onlyRunsWithoutARecentHeartbeatBecomeStoppedAndCanBeResumed() {
    SiteRow site = newSite("veere");
    CrawlRunDao dao = jdbi.onDemand(CrawlRunDao.class);
    CrawlRunRow run = dao.start(site.id());
    assertThat(dao.stopOrphans(60)).as("a run that beats is another instance's live crawl").isZero();
    assertThat(dao.beat(java.util.List.of(run.id()))).isEqualTo(1);
    jdbi.useHandle(h -> h.execute("UPDATE crawl_run SET heartbeat_at = now() - interval '2 minutes' WHERE id = ?",
        run.id()));
    assertThat(dao.stopOrphans(60)).isEqualTo(1);
    assertThat(dao.find(run.id()).orElseThrow().status()).isEqualTo("STOPPED");
    assertThat(dao.resume(run.id())).isEqualTo(1);
    assertThat(dao.find(run.id()).orElseThrow().status()).isEqualTo("RUNNING");
  }
}
