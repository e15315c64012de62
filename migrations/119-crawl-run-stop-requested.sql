--liquibase formatted sql

--changeset wmebv:119-crawl-run-stop-requested
-- A stop asked for through any instance: the instance that runs the crawl checks the flag while it crawls and
-- stops it (its state kept, so it can be resumed); a resume clears it.
ALTER TABLE crawl_run ADD COLUMN stop_requested boolean NOT NULL DEFAULT false;
--rollback ALTER TABLE crawl_run DROP COLUMN stop_requested;
