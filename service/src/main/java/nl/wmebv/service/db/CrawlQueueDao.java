package nl.wmebv.service.db;

import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The crawl queue in db-scheduler's table (migration 021): a new execution of a one-time task,
 * written in the same transaction as its crawl run, so a run is never recorded without its
 * execution (a crash in between would block the site). The row is the one db-scheduler's
 * scheduleIfNotExists writes for a task without data.
 */
public interface CrawlQueueDao {
  /** Queues the site's execution, due now; 0 when the site's execution is still there. */
  @SqlUpdate(
      """
      INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
      VALUES (:task, CAST(:siteId AS text), NULL, now(), false, 1)
      ON CONFLICT (task_name, task_instance) DO NOTHING""")
  int enqueue(String task, long siteId);
}
