--liquibase formatted sql

--changeset wmebv:022-page-observation-run
-- The change report of a crawl reads that crawl's observations; without this index it scans them all.
CREATE INDEX page_observation_run_idx ON page_observation (crawl_run_id);
--rollback DROP INDEX page_observation_run_idx;
