package nl.wmebv.service.core;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import nl.wmebv.crawler.CrawlListener;
import nl.wmebv.crawler.CrawlProgress;
import nl.wmebv.crawler.CrawlState;
import nl.wmebv.crawler.CrawlSummary;
import nl.wmebv.crawler.Crawler;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.SiteRow;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One crawl run: feeds pages to the recorder, writes progress and checkpoints, and closes the run. */
class CrawlJob implements CrawlListener {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlJob.class);
  private static final long CHECKPOINT_EVERY_MILLIS = 5_000;

  private final Jdbi jdbi;
  private final SiteRow site;
  private final long runId;
  private final Crawler crawler;
  private final CrawlState resumeFrom;
  private final PageRecorder recorder;
  private final Function<CrawlState, String> stateJson;
  private final AtomicLong lastCheckpoint = new AtomicLong(System.currentTimeMillis());
  private final AtomicLong storeFailures = new AtomicLong();

  CrawlJob(Jdbi jdbi, SiteRow site, long runId, Crawler crawler, CrawlState resumeFrom, PageRecorder recorder,
      Function<CrawlState, String> stateJson) {
    this.jdbi = jdbi;
    this.site = site;
    this.runId = runId;
    this.crawler = crawler;
    this.resumeFrom = resumeFrom;
    this.recorder = recorder;
    this.stateJson = stateJson;
  }

  void run() {
    CrawlRunDao runs = jdbi.onDemand(CrawlRunDao.class);
    LOG.info("Crawl run {} of {} started{}", runId, site.baseUrl(), resumeFrom == null ? "" : " (resumed)");
    try {
      CrawlSummary summary = crawler.run(this, resumeFrom);
      CrawlState state = crawler.snapshot();
      runs.checkpoint(runId, stateJson.apply(state));
      runs.progress(runId, (int) state.pages(), (int) state.errors(), state.frontier().size());
      runs.finish(runId, summary.stopped() ? "STOPPED" : "FINISHED",
          storeFailures.get() > 0 ? storeFailures.get() + " page(s) could not be stored; see the log" : null);
      LOG.info("Crawl run {} of {} {}: {} pages, {} errors, {} pages/s", runId, site.baseUrl(),
          summary.stopped() ? "stopped" : "finished", summary.pages(), summary.errors(),
          String.format("%.1f", summary.pagesPerSecond()));
    } catch (RuntimeException e) {
      LOG.error("Crawl run {} of {} failed", runId, site.baseUrl(), e);
      runs.finish(runId, "FAILED", e.toString());
    }
  }

  @Override
  public void onPage(PageRecord page) {
    try {
      recorder.record(site.municipalityId(), site.id(), runId, page);
    } catch (RuntimeException e) {
      // one page that cannot be stored must not end the crawl
      storeFailures.incrementAndGet();
      LOG.warn("Crawl run {}: could not store {}: {}", runId, page.url(), e.toString());
    }
  }

  @Override
  public void onProgress(CrawlProgress progress) {
    CrawlRunDao runs = jdbi.onDemand(CrawlRunDao.class);
    long base = resumeFrom == null ? 0 : resumeFrom.pages();
    long baseErrors = resumeFrom == null ? 0 : resumeFrom.errors();
    runs.progress(runId, (int) (base + progress.fetched()), (int) (baseErrors + progress.errors()),
        (int) progress.queued());
    long now = System.currentTimeMillis();
    long last = lastCheckpoint.get();
    if (now - last >= CHECKPOINT_EVERY_MILLIS && lastCheckpoint.compareAndSet(last, now)) {
      runs.checkpoint(runId, stateJson.apply(crawler.snapshot()));
    }
  }
}
