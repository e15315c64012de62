--liquibase formatted sql

--changeset wmebv:170-crawl-schedule-channel-watch
-- The channel watch ("kanaalcontrole") of a site, stored with its crawl schedule: every watch_interval_seconds
-- (default daily; NULL = off) the known product pages and their channel targets are checked again, so a broken
-- e-form is seen the same day instead of at the next weekly crawl. A NULL watch_next_run_at is due at once.
ALTER TABLE crawl_schedule
    ADD COLUMN watch_interval_seconds bigint DEFAULT 86400
        CHECK (watch_interval_seconds IS NULL OR watch_interval_seconds >= 3600),
    ADD COLUMN watch_next_run_at timestamptz,
    ADD COLUMN watch_last_run_id bigint REFERENCES crawl_run (id) ON DELETE SET NULL,
    ADD COLUMN watch_last_result text;
COMMENT ON COLUMN crawl_schedule.watch_interval_seconds IS 'Channel watch every N seconds (at least an hour); NULL: no watch';
--rollback ALTER TABLE crawl_schedule DROP COLUMN watch_interval_seconds, DROP COLUMN watch_next_run_at, DROP COLUMN watch_last_run_id, DROP COLUMN watch_last_result;
