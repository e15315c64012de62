--liquibase formatted sql

--changeset wmebv:182-crawl-run-pages-not-requested
-- Known pages a re-crawl left unasked because the sitemap dates them no later than their last request (NULL for
-- runs before this column, and for runs still going).
ALTER TABLE crawl_run ADD COLUMN pages_not_requested integer CHECK (pages_not_requested >= 0);
--rollback ALTER TABLE crawl_run DROP COLUMN pages_not_requested;
