--liquibase formatted sql

--changeset wmebv:180-page-unchanged-crawls
-- How many fetches in a row found the page unchanged (a 304, or the same content hash); a changed page resets it
-- to 0, an error leaves it. A re-crawl leaves a page unasked that did not change in the last
-- crawler.skipUnchangedAfterCrawls fetches and that the site's sitemap dates no later than its last request
-- (page.last_seen_at), unless it is a product page or a designated channel.
ALTER TABLE page ADD COLUMN unchanged_crawls integer NOT NULL DEFAULT 0 CHECK (unchanged_crawls >= 0);
--rollback ALTER TABLE page DROP COLUMN unchanged_crawls;
