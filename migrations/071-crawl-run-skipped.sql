--liquibase formatted sql

--changeset wmebv:071-crawl-run-skipped
-- URLs the crawler leaves alone on purpose (disallowed by robots.txt, internal addresses) are counted apart from
-- errors: an information consultant reads "fouten" as broken pages, and a Disallow is no broken page.
ALTER TABLE crawl_run ADD COLUMN skipped integer NOT NULL DEFAULT 0;
--rollback ALTER TABLE crawl_run DROP COLUMN skipped;
