--liquibase formatted sql

--changeset wmebv:091-page-observation-skipped
-- Whether the crawl left the URL alone on purpose (robots.txt, internal address) rather than failing to fetch it:
-- the crawl page lists the failed and the skipped URLs of a run apart. Earlier observations are marked the way
-- the crawler decided then (its English reasons for a Disallow and a refused address).
ALTER TABLE page_observation ADD COLUMN skipped boolean NOT NULL DEFAULT false;
UPDATE page_observation SET skipped = true
WHERE http_status = 0 AND (error = 'disallowed by robots.txt' OR error LIKE 'refused: %');
--rollback ALTER TABLE page_observation DROP COLUMN skipped;
