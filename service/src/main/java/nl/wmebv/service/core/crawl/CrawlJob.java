package nl.wmebv.service.core.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.wmebv.crawler.CrawlListener;
import nl.wmebv.crawler.CrawlProgress;
import nl.wmebv.crawler.CrawlState;
import nl.wmebv.crawler.CrawlSummary;
import nl.wmebv.crawler.Crawler;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.filter.Trap;
import nl.wmebv.service.core.DatabaseOutage;
import nl.wmebv.service.core.DatabaseRetry;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.SiteRow;
import nl.wmebv.service.vocabulary.CrawlStatus;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl run: collects reported pages into batches that are merged into the inventory one
 * transaction each, writes progress, and checkpoints the crawler's state after the pages it covers
 * are merged, so a crash loses nothing and a resume refetches at most what the last checkpoint did
 * not cover. Batches are merged on a thread of their own, in the order they were taken, so the
 * fetchers go on while a batch is written; at most {@link #BATCHES_IN_FLIGHT} batches wait for it
 * (a slow database slows the crawl rather than filling the heap), and a checkpoint is saved on that
 * thread after every batch taken before its snapshot. While the database is unreachable a batch is
 * merged again with growing waits for {@code databaseRetry}; an outage that lasts longer stops the
 * crawl and ends the run FAILED with the reason, without a checkpoint past the unmerged pages, so a
 * resume fetches them again. A stop asked for through any instance (crawl_run.stop_requested) is
 * seen at the next batch or progress report. When this instance's hold on the crawl lapses
 * (db-scheduler could not beat for it for most of the time after which another instance takes it
 * over) the job stops and writes nothing more, so two instances never both write one run: the
 * instance that takes it over resumes from the last checkpoint.
 */
class CrawlJob implements CrawlListener {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlJob.class);
  static final int BATCH_SIZE = 100;
  static final int BATCHES_IN_FLIGHT = 2;
  private static final long CHECKPOINT_EVERY_MILLIS = 5_000;
  private static final long STOP_CHECK_EVERY_MILLIS = 1_000;

  private final Jdbi jdbi;
  private final SiteRow site;
  private final long runId;
  private final Crawler crawler;
  private final CrawlState resumeFrom;
  private final InventoryMerger merger;
  private final Function<CrawlState, String> stateJson;
  private final Object mergeLock = new Object();
  private final List<PageRecord> buffer = new ArrayList<>();
  private final ExecutorService writer;
  private final Semaphore inFlight = new Semaphore(BATCHES_IN_FLIGHT);
  private final AtomicLong lastCheckpoint = new AtomicLong(System.currentTimeMillis());
  private final AtomicLong lastStopCheck = new AtomicLong(System.currentTimeMillis());
  private final AtomicLong lostPages = new AtomicLong();
  private final Duration databaseRetry;
  private volatile RuntimeException databaseDown;
  private final BooleanSupplier holdLapsing;
  private volatile boolean lapsed;
  private UnaryOperator<PageRecord> pages = UnaryOperator.identity();

  CrawlJob(
      Jdbi jdbi,
      SiteRow site,
      long runId,
      Crawler crawler,
      CrawlState resumeFrom,
      InventoryMerger merger,
      Function<CrawlState, String> stateJson,
      Duration databaseRetry) {
    this(jdbi, site, runId, crawler, resumeFrom, merger, stateJson, databaseRetry, () -> false);
  }

  CrawlJob(
      Jdbi jdbi,
      SiteRow site,
      long runId,
      Crawler crawler,
      CrawlState resumeFrom,
      InventoryMerger merger,
      Function<CrawlState, String> stateJson,
      Duration databaseRetry,
      BooleanSupplier holdLapsing) {
    this.holdLapsing = holdLapsing;
    this.databaseRetry = databaseRetry;
    this.jdbi = jdbi;
    this.site = site;
    this.runId = runId;
    this.crawler = crawler;
    this.resumeFrom = resumeFrom;
    this.merger = merger;
    this.stateJson = stateJson;
    this.writer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "crawl-merge-" + runId);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * What is done to each reported page before it is merged (the channel watch re-checks 304 pages'
   * channels).
   */
  CrawlJob pages(UnaryOperator<PageRecord> each) {
    this.pages = each;
    return this;
  }

  void run() {
    CrawlRunDao runs = jdbi.onDemand(CrawlRunDao.class);
    LOG.info(
        "Crawl run {} of {} started{}",
        runId,
        site.baseUrl(),
        resumeFrom == null ? "" : " (resumed)");
    try {
      CrawlSummary summary = crawler.run(this, resumeFrom);
      CrawlState state = checkpoint();
      if (lapsed) {
        LOG.warn(
            "Crawl run {} of {}: this instance lost its hold on the crawl; another instance resumes it from "
                + "the last checkpoint",
            runId,
            site.baseUrl());
        return;
      }
      if (databaseDown != null) {
        finishFailed(
            "the database was unreachable for more than "
                + databaseRetry.toSeconds()
                + " s ("
                + databaseDown.getMessage()
                + "); resume the run to fetch the pages not stored");
        return;
      }
      runs.progress(
          runId,
          (int) state.pages(),
          (int) state.errors(),
          (int) state.skipped(),
          state.frontier().size());
      CrawlStatus status = endStatus(summary);
      runs.recordRecrawl(
          runId,
          crawler.traps().stream().map(Trap::pattern).toArray(String[]::new),
          (int) crawler.notRequested());
      runs.finish(runId, status.code(), endNote(summary));
      LOG.info(
          "Crawl run {} of {} ended {}: {} pages, {} errors, {} skipped (robots.txt, internal address), {} "
              + "pages/s",
          runId,
          site.baseUrl(),
          status,
          summary.pages(),
          summary.errors(),
          summary.skipped(),
          String.format("%.1f", summary.pagesPerSecond()));
    } catch (RuntimeException e) {
      LOG.error("Crawl run {} of {} failed", runId, site.baseUrl(), e);
      if (lapsed) {
        return; // the run is another instance's now
      }
      finishFailed(e.toString());
    } finally {
      writer.shutdownNow();
    }
  }

  private static CrawlStatus endStatus(CrawlSummary summary) {
    if (summary.stopped()) {
      return CrawlStatus.STOPPED;
    }
    return summary.pageLimitReached() ? CrawlStatus.PAGE_LIMIT : CrawlStatus.FINISHED;
  }

  /**
   * What the run's page says beside its status, or null: pages not stored, or the limit that cut
   * the crawl.
   */
  private String endNote(CrawlSummary summary) {
    if (lostPages.get() > 0) {
      return lostPages.get() + " page(s) could not be stored; see the log";
    }
    if (summary.pageLimitReached() && !summary.stopped()) {
      return "the site links more URLs than crawler.maxPages allows; the URLs over the limit were not crawled";
    }
    return null;
  }

  /**
   * Ends the run FAILED; while the database is unreachable, tries again (the run must not stay
   * RUNNING).
   */
  private void finishFailed(String reason) {
    try {
      DatabaseRetry.call(
          "Crawl run " + runId + ": ending it",
          databaseRetry.multipliedBy(10),
          () -> {
            jdbi.onDemand(CrawlRunDao.class).finish(runId, "FAILED", reason);
            return null;
          });
      LOG.error("Crawl run {} of {} ended FAILED: {}", runId, site.baseUrl(), reason);
    } catch (RuntimeException e) {
      LOG.error(
          "Crawl run {} could not be ended FAILED ({}); its execution is taken again later and resumes",
          runId,
          e.toString());
    }
  }

  @Override
  public void onPage(PageRecord reported) {
    PageRecord page =
        pages.apply(reported); // on the crawler's thread, outside the lock: it may visit channels
    synchronized (mergeLock) {
      buffer.add(page);
      if (buffer.size() >= BATCH_SIZE) {
        submitBuffer();
      }
    }
  }

  @Override
  public void onProgress(CrawlProgress progress) {
    if (databaseDown != null || lapsed()) {
      return;
    }
    try {
      writeProgress(progress);
      checkStopRequest(false);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.unreachable(e)) {
        throw e;
      }
      // progress is for the screens; the batches wait for the database and say so in the log
    }
  }

  private void writeProgress(CrawlProgress progress) {
    long base = resumeFrom == null ? 0 : resumeFrom.pages();
    long baseErrors = resumeFrom == null ? 0 : resumeFrom.errors();
    long baseSkipped =
        resumeFrom == null ? 0 : resumeFrom.skipped(); // 0 in a state saved before the count
    jdbi.onDemand(CrawlRunDao.class)
        .progress(
            runId,
            (int) (base + progress.fetched()),
            (int) (baseErrors + progress.errors()),
            (int) (baseSkipped + progress.skipped()),
            (int) progress.queued());
    long now = System.currentTimeMillis();
    long last = lastCheckpoint.get();
    if (now - last >= CHECKPOINT_EVERY_MILLIS && lastCheckpoint.compareAndSet(last, now)) {
      checkpointLater();
    }
  }

  /** True once this instance's hold on the crawl has lapsed; the crawl is stopped then. */
  private boolean lapsed() {
    if (!lapsed && holdLapsing.getAsBoolean()) {
      lapsed = true;
      LOG.warn(
          "Crawl run {}: db-scheduler could not beat for this crawl for too long; stopping it without "
              + "writing more",
          runId);
      crawler.stop();
    }
    return lapsed;
  }

  /**
   * Stops the crawl when a stop was asked for (at each batch, and at most once a second between
   * batches).
   */
  private void checkStopRequest(boolean batch) {
    long now = System.currentTimeMillis();
    long last = lastStopCheck.get();
    if (!batch
        && (now - last < STOP_CHECK_EVERY_MILLIS || !lastStopCheck.compareAndSet(last, now))) {
      return;
    }
    try {
      if (jdbi.onDemand(CrawlRunDao.class).stopRequested(runId)) {
        LOG.info("Crawl run {}: stop requested; stopping", runId);
        crawler.stop();
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "Crawl run {}: could not read the stop flag ({}); trying again later",
          runId,
          e.toString());
    }
  }

  /**
   * Snapshot first, then merge what was reported, then save the snapshot: every URL the snapshot
   * counts as done was reported before it was taken, so its batch is merged (on the writer thread,
   * in order) before the checkpoint that skips it is saved there. Returns when both are done.
   */
  private CrawlState checkpoint() {
    CrawlState state = crawler.snapshot();
    synchronized (mergeLock) {
      submitBuffer();
      awaitWriter(writer.submit(() -> saveCheckpoint(state)));
    }
    return state;
  }

  /** The same, from the progress reports: hands the work to the writer and does not wait for it. */
  private void checkpointLater() {
    CrawlState state = crawler.snapshot();
    synchronized (mergeLock) {
      submitBuffer();
      writer.execute(() -> saveCheckpoint(state));
    }
  }

  private void saveCheckpoint(CrawlState state) {
    if (databaseDown == null && !lapsed()) { // never a checkpoint past pages that are not stored
      try {
        jdbi.onDemand(CrawlRunDao.class).checkpoint(runId, stateJson.apply(state));
      } catch (RuntimeException e) {
        LOG.warn(
            "Crawl run {}: could not save a checkpoint ({}); the next one covers it",
            runId,
            e.toString());
      }
    }
  }

  /**
   * Hands the buffered pages to the writer thread; called under the merge lock, so batches keep
   * their order.
   */
  private void submitBuffer() {
    if (buffer.isEmpty()) {
      return;
    }
    List<PageRecord> batch = List.copyOf(buffer);
    buffer.clear();
    inFlight
        .acquireUninterruptibly(); // back-pressure: the fetchers wait while the database catches up
    try {
      writer.execute(
          () -> {
            try {
              store(batch);
            } finally {
              inFlight.release();
            }
          });
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  private void awaitWriter(Future<?> done) {
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "interrupted while crawl run " + runId + " stored its pages", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "crawl run " + runId + ": storing pages failed", e.getCause());
    }
  }

  private void store(List<PageRecord> batch) {
    if (databaseDown != null || lapsed()) {
      return;
    }
    try {
      DatabaseRetry.call(
          "Crawl run " + runId + ": storing " + batch.size() + " pages",
          databaseRetry,
          () -> {
            if (lapsed()) {
              throw new IllegalStateException("this instance lost its hold on crawl run " + runId);
            }
            merger.merge(site.municipalityId(), site.id(), runId, batch);
            return null;
          });
      checkStopRequest(true);
    } catch (RuntimeException e) {
      if (lapsed) {
        return; // the instance that takes the crawl over fetches these pages again
      }
      if (DatabaseOutage.unreachable(e)) {
        databaseDown = e; // the crawl ends; the last checkpoint stays before these pages
        crawler.stop();
        LOG.error(
            "Crawl run {}: the database stayed unreachable for {} s; stopping the crawl",
            runId,
            databaseRetry.toSeconds());
        return;
      }
      // the transaction rolled back: the inventory is as it was; the batch's pages are reported as
      // lost
      lostPages.addAndGet(batch.size());
      LOG.error("Crawl run {}: a batch of {} pages could not be merged", runId, batch.size(), e);
    }
  }
}
