package nl.wmebv.service.core.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import javax.sql.DataSource;
import nl.wmebv.service.config.SchedulerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * db-scheduler on the service's database, as a Dropwizard managed object. One recurring task, the schedule
 * check, runs every {@code scheduler.checkInterval}: db-scheduler picks its single execution with
 * SELECT ... FOR UPDATE SKIP LOCKED, so when several instances share the database exactly one of them runs each
 * check, and an execution whose instance died is revived by another after its heartbeat times out.
 */
public class CrawlScheduler implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);
  /** The recurring task's name in scheduled_tasks. */
  public static final String CHECK_TASK = "crawl-schedule-check";

  private final DataSource dataSource;
  private final SchedulerSettings settings;
  private final CrawlSchedules schedules;
  private Scheduler scheduler;

  public CrawlScheduler(DataSource dataSource, SchedulerSettings settings, CrawlSchedules schedules) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.schedules = schedules;
  }

  @Override
  public void start() {
    if (!settings.isEnabled()) {
      LOG.info("Crawl scheduler disabled (scheduler.enabled = false): this instance starts no scheduled crawls");
      return;
    }
    Duration every = Duration.ofMillis(settings.getCheckInterval().toMilliseconds());
    RecurringTask<Void> check = Tasks.recurring(CHECK_TASK, Schedules.fixedDelay(every))
        .execute((instance, context) -> schedules.runDue());
    scheduler = Scheduler.create(dataSource) // startTasks registers the task too
        .startTasks(check)
        .pollingInterval(Duration.ofMillis(settings.getPollingInterval().toMilliseconds()))
        .threads(2)
        .shutdownMaxWait(Duration.ofSeconds(10))
        .build();
    scheduler.start();
    LOG.info("Crawl scheduler started: schedules checked every {}, polling every {}", settings.getCheckInterval(),
        settings.getPollingInterval());
  }

  @Override
  public void stop() {
    if (scheduler != null) {
      scheduler.stop();
      scheduler = null;
    }
  }
}
