package nl.wmebv.service.core.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import nl.wmebv.crawler.CrawlState;
import nl.wmebv.crawler.Crawler;
import nl.wmebv.service.db.CrawlQueueDao;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.CrawlRunRow;
import nl.wmebv.service.db.PageDao;
import nl.wmebv.service.db.SiteDao;
import nl.wmebv.service.db.SiteRow;
import nl.wmebv.service.db.UniqueViolation;
import nl.wmebv.service.vocabulary.CrawlKind;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls of sites as db-scheduler executions: a start (or resume) records the RUNNING run and
 * enqueues one execution of the task {@value #CRAWL_TASK} for the site (task instance = the site
 * id); whichever instance has a free crawl slot picks it and crawls the site's RUNNING run, from
 * its checkpoint when it has one. db-scheduler runs at most one execution per site, beats for it,
 * and revives it on another instance when this one dies, so a crawl taken over resumes where its
 * last checkpoint was. The database allows one RUNNING run per site, so a second start is refused
 * on every instance while the site's crawl is queued or running. A channel watch is a run of its
 * own kind executed by the same task, so a site's crawl and watch never run at once (politeness
 * towards its hosts).
 */
public class CrawlService implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);

  /** The one-time task whose executions are the crawls; its instance id is the site id. */
  public static final String CRAWL_TASK = "crawl-site";

  /**
   * How long an enqueue waits for the site's previous execution, whose run just ended, to be
   * removed.
   */
  private static final Duration ENQUEUE_WAIT = Duration.ofSeconds(5);

  /**
   * The share of the dead-execution time (missedHeartbeats x heartbeatInterval) without a
   * successful beat after which a crawl stops writing: well before another instance may revive it,
   * so one run never has two writers.
   */
  static final double HOLD_LAPSES_AT = 0.75;

  private final Jdbi jdbi;
  private final String instance;
  private final CrawlerFactory crawlers;
  private final InventoryMerger merger;
  private final ChannelMail mail;
  private final ObjectMapper json;
  private final Duration databaseRetry;
  private final OneTimeTask<Void> task;
  private final SchedulerClient queue;
  private final Map<Long, Crawler> running = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  public CrawlService(
      Jdbi jdbi,
      DataSource dataSource,
      String instance,
      CrawlerFactory crawlers,
      InventoryMerger merger,
      ObjectMapper json,
      Duration databaseRetry,
      ChannelMail mail) {
    this.jdbi = jdbi;
    this.mail = mail;
    this.instance = instance;
    this.crawlers = crawlers;
    this.merger = merger;
    this.json = json;
    this.databaseRetry = databaseRetry;
    this.task =
        Tasks.oneTime(CRAWL_TASK)
            .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
            .onDeadExecutionRevive()
            .execute(
                (taskInstance, context) ->
                    crawlQueued(
                        Long.parseLong(taskInstance.getId()),
                        () ->
                            context.getCurrentlyExecuting().getHeartbeatState().getFractionDead()
                                >= HOLD_LAPSES_AT));
    this.queue = SchedulerClient.Builder.create(dataSource, task).build();
  }

  /**
   * A run recorded, and whether its execution was queued with it (false: the site's previous one is
   * there).
   */
  private record Queued(CrawlRunRow run, boolean queued) {}

  /** The task the crawl scheduler of this instance executes. */
  public Task<Void> task() {
    return task;
  }

  /** The name this instance records on the runs it crawls. */
  public String instance() {
    return instance;
  }

  @Override
  public void start() {
    stopping = false;
  }

  /**
   * Stops the crawls of this instance and keeps their state, so they can be resumed after the
   * restart; an execution picked while stopping is handed back to the queue.
   */
  @Override
  public void stop() {
    stopping = true;
    running.values().forEach(Crawler::stop);
  }

  /**
   * Queues a new crawl of the site; throws {@link CrawlAlreadyRunningException} while one is queued
   * or runs.
   */
  public CrawlRunRow start(long siteId) {
    site(siteId);
    return enqueue(siteId, CrawlKind.CRAWL);
  }

  private CrawlRunRow enqueue(long siteId, CrawlKind kind) {
    Queued started;
    try {
      started =
          jdbi.inTransaction(
              h ->
                  new Queued(
                      h.attach(CrawlRunDao.class).start(siteId, kind.code()),
                      h.attach(CrawlQueueDao.class).enqueue(CRAWL_TASK, siteId) == 1));
    } catch (RuntimeException e) {
      if (!UniqueViolation.isCause(e)) {
        throw e;
      }
      throw new CrawlAlreadyRunningException(siteId);
    }
    if (started.queued()) {
      LOG.info("Crawl run {} ({}) of site {} queued", started.run().id(), kind.code(), siteId);
    } else {
      enqueueAfterPrevious(started.run());
    }
    return started.run();
  }

  /**
   * Queues a channel watch of the site: a run of kind {@code channel-watch}, executed by the same
   * task as a crawl (one execution per site, so crawl and watch never hit a host at once); {@link
   * CrawlAlreadyRunningException} while the site's crawl or watch is queued or runs, {@link
   * IllegalStateException} while the site has no known product page (crawl it first).
   */
  public CrawlRunRow startWatch(long siteId) {
    site(siteId);
    if (jdbi.onDemand(PageDao.class).watchedPages(siteId).isEmpty()) {
      throw new IllegalStateException(
          "Site " + siteId + " has no known product pages yet; crawl it first");
    }
    return enqueue(siteId, CrawlKind.CHANNEL_WATCH);
  }

  /** Queues a stopped crawl again; the instance that takes it resumes from its last checkpoint. */
  public CrawlRunRow resume(long runId) {
    CrawlRunRow run =
        find(runId).orElseThrow(() -> new IllegalArgumentException("No crawl run " + runId));
    if (!"STOPPED".equals(run.status())) {
      throw new IllegalStateException(
          "Crawl run " + runId + " is " + run.status() + ", only STOPPED runs resume");
    }
    if (run.state() != null) {
      readState(run.state()); // an unreadable checkpoint is refused here, not found by the instance
      // taking it
    }
    boolean queued;
    try {
      queued =
          jdbi.inTransaction(
              h -> {
                if (h.attach(CrawlRunDao.class).resume(runId) == 0) {
                  throw new IllegalStateException("Crawl run " + runId + " is no longer STOPPED");
                }
                return h.attach(CrawlQueueDao.class).enqueue(CRAWL_TASK, run.siteId()) == 1;
              });
    } catch (RuntimeException e) {
      if (UniqueViolation.isCause(e)) {
        throw new CrawlAlreadyRunningException(run.siteId());
      }
      throw e;
    }
    if (!queued) {
      enqueueAfterPrevious(run);
    } else {
      LOG.info("Crawl run {} of site {} queued to resume", runId, run.siteId());
    }
    return find(runId).orElseThrow();
  }

  /**
   * Asks the crawl to stop, on whichever instance runs it (a flag in the database that the crawl
   * checks as it goes; at once when it runs here); its state is kept. False when the run is not
   * queued or running.
   */
  public boolean stop(long runId) {
    boolean asked = runs().requestStop(runId) > 0;
    Crawler local = running.get(runId);
    if (local != null) {
      local.stop();
    }
    return asked || local != null;
  }

  public Optional<CrawlRunRow> find(long runId) {
    return jdbi.onDemand(CrawlRunDao.class).find(runId);
  }

  /** True while the run is crawling in this process. */
  public boolean isActive(long runId) {
    return running.containsKey(runId);
  }

  /**
   * The execution of the site's task: crawls the site's RUNNING run, and then a run started while
   * this one was ending (its enqueue found this execution still there). A run whose end could not
   * be written is left to the retry, which resumes it from its checkpoint.
   */
  void crawlQueued(long siteId, BooleanSupplier holdLapsing) {
    if (stopping) {
      throw new IllegalStateException(
          "Instance "
              + instance
              + " is shutting down; the crawl of site "
              + siteId
              + " goes back to the queue");
    }
    long last = -1;
    for (Optional<CrawlRunRow> next = runs().running(siteId);
        next.isPresent();
        next = runs().running(siteId)) {
      if (next.get().id() == last) {
        throw new IllegalStateException(
            "Crawl run " + last + " could not be ended; it is taken again later");
      }
      last = next.get().id();
      crawl(next.get(), holdLapsing);
    }
  }

  private void crawl(CrawlRunRow run, BooleanSupplier holdLapsing) {
    if (running.containsKey(
        run.id())) { // this instance's own execution revived while it still crawls
      throw new IllegalStateException(
          "Crawl run " + run.id() + " is already crawling on instance " + instance);
    }
    CrawlRunDao runs = runs();
    runs.claim(run.id(), instance);
    LOG.info(
        "Crawl run {} of site {} taken by instance {}{}",
        run.id(),
        run.siteId(),
        instance,
        run.state() == null ? "" : ", resuming from its checkpoint");
    if (run.stopRequested()) {
      runs.finish(run.id(), "STOPPED", null);
      LOG.info("Crawl run {} was stopped before it started", run.id());
      return;
    }
    SiteRow site = site(run.siteId());
    if (CrawlKind.CHANNEL_WATCH.code().equals(run.kind())) {
      watch(run, site, holdLapsing);
      return;
    }
    CrawlState resumeFrom;
    try {
      resumeFrom = run.state() == null ? null : readState(run.state());
    } catch (IllegalStateException e) {
      runs.finish(run.id(), "FAILED", e.getMessage());
      return;
    }
    Crawler crawler = crawlers.create(site, run.id());
    running.put(run.id(), crawler);
    try {
      new CrawlJob(
              jdbi,
              site,
              run.id(),
              crawler,
              resumeFrom,
              merger,
              this::writeState,
              databaseRetry,
              holdLapsing)
          .run();
    } finally {
      running.remove(run.id());
    }
    mail.afterRun(run.id(), run.kind());
  }

  /**
   * A channel watch: always from the start (it is short, and a page merged twice in one run is
   * merged once), with the watch's crawler and its re-check of unchanged pages' channels, through
   * the same job and merge as a crawl.
   */
  private void watch(CrawlRunRow run, SiteRow site, BooleanSupplier holdLapsing) {
    Optional<CrawlerFactory.Watch> watch = crawlers.createWatch(site);
    if (watch.isEmpty()) {
      runs().finish(run.id(), "FINISHED", "no known product pages to watch");
      return;
    }
    LOG.info(
        "Channel watch {} of site {}: {} product pages",
        run.id(),
        site.id(),
        watch.get().productPages());
    running.put(run.id(), watch.get().crawler());
    try {
      new CrawlJob(
              jdbi,
              site,
              run.id(),
              watch.get().crawler(),
              null,
              merger,
              this::writeState,
              databaseRetry,
              holdLapsing)
          .pages(watch.get().pages())
          .run();
    } finally {
      running.remove(run.id());
    }
    mail.afterRun(run.id(), run.kind());
  }

  /**
   * One execution per site: the site's previous execution is still there (its run has just ended
   * and it is about to be removed), so wait for it; if it stays, it takes this run itself before it
   * ends. A run that cannot be queued at all ends FAILED, so the site is not blocked by a run that
   * nobody will crawl.
   */
  private void enqueueAfterPrevious(CrawlRunRow run) {
    TaskInstance<Void> execution = task.instance(Long.toString(run.siteId()));
    try {
      long deadline = System.nanoTime() + ENQUEUE_WAIT.toNanos();
      while (!queue.scheduleIfNotExists(execution, Instant.now())) {
        if (System.nanoTime() > deadline) {
          LOG.info(
              "Crawl run {}: the execution of site {} is still there; it takes this run",
              run.id(),
              run.siteId());
          return;
        }
        Thread.sleep(50);
      }
      LOG.info("Crawl run {} of site {} queued", run.id(), run.siteId());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while queueing crawl run " + run.id(), e);
    } catch (RuntimeException e) {
      runs().finish(run.id(), "FAILED", "could not be queued: " + e.getMessage());
      throw e;
    }
  }

  private CrawlRunDao runs() {
    return jdbi.onDemand(CrawlRunDao.class);
  }

  private SiteRow site(long siteId) {
    return jdbi.onDemand(SiteDao.class)
        .find(siteId)
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
      throw new IllegalStateException(
          "The saved crawl state cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
