--liquibase formatted sql

--changeset wmebv:118-crawl-run-instance
-- The service instance that runs (or last ran) the crawl: every crawl is a db-scheduler execution that any
-- instance with a free crawl slot may take, and a dead instance's crawl is taken over by another. NULL while the
-- run waits in the queue for a free slot, and for runs from before this migration.
ALTER TABLE crawl_run ADD COLUMN instance text;
--rollback ALTER TABLE crawl_run DROP COLUMN instance;
