--liquibase formatted sql

--changeset wmebv:020-crawl-schedule
-- When each site is crawled without anyone pressing a button: a cron expression or a fixed interval.
-- The scheduler's check (a db-scheduler recurring task, one execution at a time across instances) starts,
-- or resumes, the crawl of every enabled schedule whose next_run_at has passed, and moves next_run_at on.
CREATE TABLE crawl_schedule (
    site_id           bigint      PRIMARY KEY REFERENCES site (id) ON DELETE CASCADE,
    cron              text        CHECK (cron IS NULL OR length(trim(cron)) > 0),
    interval_seconds  bigint      CHECK (interval_seconds IS NULL OR interval_seconds >= 60),
    zone              text        NOT NULL DEFAULT 'Europe/Amsterdam',
    enabled           boolean     NOT NULL DEFAULT true,
    next_run_at       timestamptz,
    last_triggered_at timestamptz,
    last_run_id       bigint      REFERENCES crawl_run (id) ON DELETE SET NULL,
    last_result       text,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text,
    CONSTRAINT crawl_schedule_cron_or_interval CHECK ((cron IS NULL) <> (interval_seconds IS NULL))
);
CREATE INDEX crawl_schedule_due_idx ON crawl_schedule (next_run_at) WHERE enabled;
COMMENT ON TABLE crawl_schedule IS 'Per site: crawl on a cron expression (zone) or every interval_seconds';
COMMENT ON COLUMN crawl_schedule.last_result IS 'What the last trigger did: STARTED, RESUMED, SKIPPED (a crawl was running) or FAILED, with a message';
--rollback DROP TABLE crawl_schedule;
