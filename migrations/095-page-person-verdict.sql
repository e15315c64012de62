--liquibase formatted sql

--changeset wmebv:095-page-person-verdict
-- A person's verdict on a page ("Dit is geen product" / "Dit is wel een product"): kept over every crawl, given to
-- the next crawl of the site, whose analysis follows it for the page and takes it as evidence for its template
-- siblings. NULL: nobody decided.
ALTER TABLE page ADD COLUMN person_verdict text CHECK (person_verdict IN ('PRODUCT', 'NOT_PRODUCT'));
ALTER TABLE page ADD COLUMN person_verdict_by text;
ALTER TABLE page ADD COLUMN person_verdict_at timestamptz;
--rollback ALTER TABLE page DROP COLUMN person_verdict_at;
--rollback ALTER TABLE page DROP COLUMN person_verdict_by;
--rollback ALTER TABLE page DROP COLUMN person_verdict;
