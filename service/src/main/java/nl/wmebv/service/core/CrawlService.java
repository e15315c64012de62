package nl.wmebv.service.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.wmebv.crawler.CrawlState;
import nl.wmebv.crawler.Crawler;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.CrawlRunRow;
import nl.wmebv.service.db.SiteDao;
import nl.wmebv.service.db.SiteRow;
import nl.wmebv.service.db.UniqueViolation;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, stops and resumes crawls of sites in the background and persists what they report. The
 * database allows one running crawl per site, so a second start is refused even across instances.
 */
public class CrawlService implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);

  private final Jdbi jdbi;
  private final ExecutorService executor;
  private final CrawlerFactory crawlers;
  private final InventoryMerger merger;
  private final ObjectMapper json;
  private final Duration databaseRetry;
  /** Seconds between two heartbeats of the runs this process crawls. */
  static final int HEARTBEAT_SECONDS = 15;
  /** A RUNNING run without a heartbeat for this long was cut off by a crash. */
  static final int ORPHAN_AFTER_SECONDS = 60;

  private final Map<Long, Crawler> running = new ConcurrentHashMap<>();
  private ScheduledExecutorService sweeper;

  public CrawlService(Jdbi jdbi, ExecutorService executor, CrawlerFactory crawlers, InventoryMerger merger,
      ObjectMapper json, Duration databaseRetry) {
    this.databaseRetry = databaseRetry;
    this.jdbi = jdbi;
    this.executor = executor;
    this.crawlers = crawlers;
    this.merger = merger;
    this.json = json;
  }

  /**
   * Beats for the runs of this process and turns runs whose process died (no beat for
   * {@link #ORPHAN_AFTER_SECONDS}) into STOPPED runs that can be resumed; several instances may share the
   * database, so a run another live instance crawls is never touched.
   */
  @Override
  public void start() {
    sweepOrphans();
    sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "crawl-heartbeat");
      t.setDaemon(true);
      return t;
    });
    sweeper.scheduleWithFixedDelay(this::beatAndSweep, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /** Stops every running crawl and keeps its state, so it can be resumed after the restart. */
  @Override
  public void stop() {
    running.values().forEach(Crawler::stop);
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
  }

  private void beatAndSweep() {
    try {
      if (!running.isEmpty()) {
        jdbi.onDemand(CrawlRunDao.class).beat(List.copyOf(running.keySet()));
      }
      sweepOrphans();
    } catch (RuntimeException e) {
      LOG.warn("Crawl heartbeat failed: {}", e.toString());
    }
  }

  private void sweepOrphans() {
    int orphans = jdbi.onDemand(CrawlRunDao.class).stopOrphans(ORPHAN_AFTER_SECONDS);
    if (orphans > 0) {
      LOG.info("Marked {} crawl run(s) whose process died as STOPPED; they can be resumed", orphans);
    }
  }

  /** Starts a new crawl of the site; throws {@link CrawlAlreadyRunningException} when one runs. */
  public CrawlRunRow start(long siteId) {
    SiteRow site = site(siteId);
    CrawlRunRow run;
    try {
      run = jdbi.onDemand(CrawlRunDao.class).start(siteId);
    } catch (RuntimeException e) {
      if (!UniqueViolation.isCause(e)) {
        throw e;
      }
      throw new CrawlAlreadyRunningException(siteId);
    }
    launch(site, run, null);
    return run;
  }

  /** Resumes a stopped crawl from its last checkpoint. */
  public CrawlRunRow resume(long runId) {
    CrawlRunDao runs = jdbi.onDemand(CrawlRunDao.class);
    CrawlRunRow run = find(runId).orElseThrow(() -> new IllegalArgumentException("No crawl run " + runId));
    if (!"STOPPED".equals(run.status())) {
      throw new IllegalStateException("Crawl run " + runId + " is " + run.status() + ", only STOPPED runs resume");
    }
    try {
      if (runs.resume(runId) == 0) {
        throw new IllegalStateException("Crawl run " + runId + " is no longer STOPPED");
      }
    } catch (RuntimeException e) {
      if (UniqueViolation.isCause(e)) {
        throw new CrawlAlreadyRunningException(run.siteId());
      }
      throw e;
    }
    launch(site(run.siteId()), run, run.state() == null ? null : readState(run.state()));
    return find(runId).orElseThrow();
  }

  /** Asks a running crawl to stop; its state is kept. Returns false when it is not running here. */
  public boolean stop(long runId) {
    Crawler crawler = running.get(runId);
    if (crawler == null) {
      return false;
    }
    crawler.stop();
    return true;
  }

  public Optional<CrawlRunRow> find(long runId) {
    return jdbi.onDemand(CrawlRunDao.class).find(runId);
  }

  /** True while the run is crawling in this process. */
  public boolean isActive(long runId) {
    return running.containsKey(runId);
  }

  private void launch(SiteRow site, CrawlRunRow run, CrawlState resumeFrom) {
    Crawler crawler = crawlers.create(site);
    running.put(run.id(), crawler);
    CrawlJob job = new CrawlJob(jdbi, site, run.id(), crawler, resumeFrom, merger, this::writeState,
        databaseRetry);
    executor.execute(() -> {
      try {
        job.run();
      } finally {
        running.remove(run.id());
      }
    });
  }

  private SiteRow site(long siteId) {
    return jdbi.onDemand(SiteDao.class).find(siteId)
        .orElseThrow(() -> new IllegalArgumentException("No site with id " + siteId));
  }

  private String writeState(CrawlState state) {
    try {
      return json.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private CrawlState readState(String state) {
    try {
      return json.readValue(state, CrawlState.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The saved crawl state cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
