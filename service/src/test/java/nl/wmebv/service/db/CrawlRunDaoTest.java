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
    assertThat(dao.finish(run.id(), "FAILED", "too late"))
        .as("a finished run stays finished")
        .isZero();

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
    assertThatThrownBy(() -> dao.start(site.id()))
        .satisfies(e -> assertThat(UniqueViolation.isCause(e)).isTrue());
  }

  @Test
  void aStopRequestReachesOnlyARunningRunAndAResumeClearsItAndTheInstance() {
    SiteRow site = newSite("veere");
    CrawlRunDao dao = jdbi.onDemand(CrawlRunDao.class);
    CrawlRunRow run = dao.start(site.id());
    assertThat(run.instance()).as("queued: no instance has taken it").isNull();
    assertThat(dao.running(site.id())).map(CrawlRunRow::id).contains(run.id());
    assertThat(dao.claim(run.id(), "node-a")).isEqualTo(1);
    assertThat(dao.stopRequested(run.id())).isFalse();
    assertThat(dao.requestStop(run.id())).isEqualTo(1);
    assertThat(dao.stopRequested(run.id())).isTrue();
    assertThat(dao.find(run.id()).orElseThrow().instance()).isEqualTo("node-a");

    dao.finish(run.id(), "STOPPED", null);
    assertThat(dao.requestStop(run.id())).as("a stopped run cannot be stopped").isZero();
    assertThat(dao.running(site.id())).isEmpty();
    assertThat(dao.resume(run.id())).isEqualTo(1);
    CrawlRunRow resumed = dao.find(run.id()).orElseThrow();
    assertThat(resumed.status()).isEqualTo("RUNNING");
    assertThat(resumed.stopRequested()).isFalse();
    assertThat(resumed.instance()).as("queued again, for whichever instance takes it").isNull();
  }

  @Test
  void aSiteHasAtMostOneQueuedExecution() {
    SiteRow site = newSite("goes");
    CrawlQueueDao queue = jdbi.onDemand(CrawlQueueDao.class);
    assertThat(queue.enqueue("crawl-site", site.id())).isEqualTo(1);
    assertThat(queue.enqueue("crawl-site", site.id()))
        .as("the site's execution is there already")
        .isZero();
    int due =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM scheduled_tasks WHERE task_instance = :s AND NOT picked AND execution_time <= now()")
                    .bind("s", Long.toString(site.id()))
                    .mapTo(Integer.class)
                    .one());
    assertThat(due).isEqualTo(1);
  }
}
