--liquibase formatted sql

--changeset wmebv:032-crawl-run-heartbeat
-- A running crawl beats while it works; a RUNNING run without a recent beat was cut off by a crash, and only
-- such a run is taken for an orphan (several service instances may share the database).
ALTER TABLE crawl_run ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now();
--rollback ALTER TABLE crawl_run DROP COLUMN heartbeat_at;
