--liquibase formatted sql

--changeset wmebv:008-page-observation
-- The history: what each crawl saw of each page (the page row holds only the latest).
CREATE TABLE page_observation (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id        bigint      NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    crawl_run_id   bigint      NOT NULL REFERENCES crawl_run (id) ON DELETE CASCADE,
    http_status    integer     NOT NULL,
    content_hash   text,
    changed        boolean     NOT NULL DEFAULT false,
    channel_status text,
    error          text,
    analysis       jsonb,
    observed_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX page_observation_page_idx ON page_observation (page_id, observed_at DESC);
ALTER TABLE page ADD COLUMN missing_count integer NOT NULL DEFAULT 0;
COMMENT ON COLUMN page.missing_count IS 'Consecutive crawls that got a clean 404/410; gone after two';
--rollback ALTER TABLE page DROP COLUMN missing_count; DROP TABLE page_observation;
