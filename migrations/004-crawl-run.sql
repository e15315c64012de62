--liquibase formatted sql

--changeset wmebv:004-crawl-run
CREATE TABLE crawl_run (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      bigint      NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    status       text        NOT NULL DEFAULT 'RUNNING'
                 CHECK (status IN ('RUNNING', 'STOPPED', 'FINISHED', 'FAILED')),
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    pages        integer     NOT NULL DEFAULT 0,
    errors       integer     NOT NULL DEFAULT 0,
    queued       integer     NOT NULL DEFAULT 0,
    state        jsonb,
    failure      text
);
CREATE INDEX crawl_run_site_idx ON crawl_run (site_id, started_at DESC);
-- at most one running crawl per site, enforced by the database itself
CREATE UNIQUE INDEX crawl_run_one_running_per_site ON crawl_run (site_id) WHERE status = 'RUNNING';
COMMENT ON COLUMN crawl_run.state IS 'Crawler state (frontier and done URLs) checkpointed for resume';
--rollback DROP TABLE crawl_run;
