--liquibase formatted sql

--changeset wmebv:130-crawl-run-page-limit
-- A crawl that reaches crawler.maxPages ends PAGE_LIMIT instead of FINISHED: the site links more URLs than the
-- limit, so its inventory is incomplete and the person must know (and raise the limit or narrow the patterns).
-- It is not resumed: a resumed run would stop at the same limit.
ALTER TABLE crawl_run DROP CONSTRAINT crawl_run_status_check;
ALTER TABLE crawl_run ADD CONSTRAINT crawl_run_status_check
    CHECK (status IN ('RUNNING', 'STOPPED', 'FINISHED', 'FAILED', 'PAGE_LIMIT'));
--rollback UPDATE crawl_run SET status = 'FINISHED' WHERE status = 'PAGE_LIMIT';
--rollback ALTER TABLE crawl_run DROP CONSTRAINT crawl_run_status_check;
--rollback ALTER TABLE crawl_run ADD CONSTRAINT crawl_run_status_check CHECK (status IN ('RUNNING', 'STOPPED', 'FINISHED', 'FAILED'));
