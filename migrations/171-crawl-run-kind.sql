--liquibase formatted sql

--changeset wmebv:171-crawl-run-kind
-- A run is a full discovery crawl ('crawl') or a channel watch ('channel-watch'): the watch fetches only the known
-- product pages and their channel targets, through the same merge, so its changes are reported like a crawl's.
-- The interval of the crawl schedule and the coverage count full crawls only.
ALTER TABLE crawl_run ADD COLUMN kind text NOT NULL DEFAULT 'crawl' CHECK (kind IN ('crawl', 'channel-watch'));
--rollback ALTER TABLE crawl_run DROP COLUMN kind;
