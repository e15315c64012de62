package nl.wmebv.service.core.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import nl.wmebv.service.config.SchedulerSettings;
import nl.wmebv.service.core.crawl.CrawlService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * db-scheduler on the service's database, as a Dropwizard managed object, in two schedulers on the
 * one table so that long crawls never hold up the check: the crawl scheduler executes the {@value
 * CrawlService#CRAWL_TASK} executions with {@code scheduler.crawlSlots} threads (a thread picks an
 * execution only when it is free, so the other executions stay for the other instances); the check
 * scheduler runs the recurring schedule check, which only enqueues due crawls, on one thread.
 * db-scheduler picks each execution with SELECT ... FOR UPDATE SKIP LOCKED, so with several
 * instances on the database each check and each crawl runs on exactly one of them, and an execution
 * whose instance stopped beating for {@code missedHeartbeats} heartbeats is revived on another.
 */
public class CrawlScheduler implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);

  /** The recurring task's name in scheduled_tasks. */
  public static final String CHECK_TASK = "crawl-schedule-check";

  /**
   * Each scheduler ignores the other's task ("unresolved" to it) and would delete its executions
   * once they are this old; no crawl or check lasts that long.
   */
  private static final Duration KEEP_OTHER_TASKS = Duration.ofDays(3650);

  private final DataSource dataSource;
  private final SchedulerSettings settings;
  private final CrawlSchedules schedules;
  private final CrawlService crawls;
  private Scheduler checkScheduler;
  private Scheduler crawlScheduler;

  public CrawlScheduler(
      DataSource dataSource,
      SchedulerSettings settings,
      CrawlSchedules schedules,
      CrawlService crawls) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.schedules = schedules;
    this.crawls = crawls;
  }

  @Override
  public void start() {
    if (settings.getCrawlSlots() > 0) {
      crawlScheduler = builder(List.of(crawls.task())).threads(settings.getCrawlSlots()).build();
      crawlScheduler.start();
      LOG.info(
          "Crawl slots: this instance ({}) runs up to {} crawls at a time",
          crawls.instance(),
          settings.getCrawlSlots());
    } else {
      LOG.info(
          "Crawl slots: 0 (scheduler.crawlSlots); this instance ({}) queues crawls but runs none",
          crawls.instance());
    }
    if (!settings.isEnabled()) {
      LOG.info(
          "Crawl schedule check disabled (scheduler.enabled = false): this instance enqueues no scheduled crawls");
      return;
    }
    Duration every = Duration.ofMillis(settings.getCheckInterval().toMilliseconds());
    RecurringTask<Void> check =
        Tasks.recurring(CHECK_TASK, Schedules.fixedDelay(every))
            .execute(
                (instance, context) -> {
                  schedules.runDue();
                  schedules.runDueWatches();
                });
    checkScheduler =
        builder(List.of()).startTasks(check).threads(1).build(); // startTasks registers it too
    checkScheduler.start();
    LOG.info(
        "Crawl schedule check started: schedules checked every {}, polling every {}",
        settings.getCheckInterval(),
        settings.getPollingInterval());
  }

  private SchedulerBuilder builder(List<Task<?>> tasks) {
    return Scheduler.create(dataSource, tasks)
        .schedulerName(new SchedulerName.Fixed(crawls.instance()))
        .pollingInterval(millis(settings.getPollingInterval()))
        .heartbeatInterval(millis(settings.getHeartbeatInterval()))
        .missedHeartbeatsLimit(settings.getMissedHeartbeats())
        .deleteUnresolvedAfter(KEEP_OTHER_TASKS)
        .shutdownMaxWait(Duration.ofSeconds(10));
  }

  private static Duration millis(io.dropwizard.util.Duration d) {
    return Duration.ofMillis(d.toMilliseconds());
  }

  /** Stops the crawls of this instance first (their state kept), then both schedulers. */
  @Override
  public void stop() {
    crawls.stop();
    if (checkScheduler != null) {
      checkScheduler.stop();
      checkScheduler = null;
    }
    if (crawlScheduler != null) {
      crawlScheduler.stop();
      crawlScheduler = null;
    }
  }
}
