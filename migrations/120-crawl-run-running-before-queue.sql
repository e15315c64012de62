--liquibase formatted sql

--changeset wmebv:120-crawl-run-running-before-queue
-- Crawls run as db-scheduler executions from now on, and the home-made heartbeat that turned a crashed crawl into
-- a STOPPED run is gone. A run left RUNNING by the previous version (which ran it in-process, outside the queue)
-- would block its site for good; all old instances are stopped before the upgrade, so such a run was cut off:
-- it becomes STOPPED, with its checkpoint, and the schedule or a user resumes it. crawl_run.heartbeat_at stays
-- (unused) so that going back to the previous version needs no schema change.
UPDATE crawl_run SET status = 'STOPPED', finished_at = now(),
                     failure = 'interrupted: the service was upgraded while the crawl ran'
WHERE status = 'RUNNING';
-- Rollback: nothing to undo; a STOPPED run resumes in the previous version too.
--rollback SELECT 1;
