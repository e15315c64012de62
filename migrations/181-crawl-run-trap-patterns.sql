--liquibase formatted sql

--changeset wmebv:181-crawl-run-trap-patterns
-- The URL patterns a crawl recognised as traps (calendars and other endless URL spaces): the site's next crawl
-- refuses them from the start instead of walking them again until it recognises them.
ALTER TABLE crawl_run ADD COLUMN trap_patterns text[] NOT NULL DEFAULT '{}';
--rollback ALTER TABLE crawl_run DROP COLUMN trap_patterns;
