--liquibase formatted sql

--changeset wmebv:061-product-week-status
-- The weekly progress of completed weeks, filled lazily by WeekStatusSnapshot: a product's channel status as of
-- the end of each ISO week (Europe/Amsterdam), stored only for the weeks in which it changed; the status of a
-- week is that of the latest row up to it (none: no status). Past weeks do not change, as audit events and
-- observations are only appended, stamped now(); so the dashboard reads a few rows per product instead of probing
-- the audit trail and the observations for every week.
CREATE TABLE product_week_status (
    product_id  bigint NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    week_start  date   NOT NULL,
    status      text,
    PRIMARY KEY (product_id, week_start)
);
-- How far product_week_status is filled per product, and from which page's observations: when the product is
-- linked to another page (or its page is deleted) its stored weeks no longer hold; they are computed per request
-- until the next fill computes them again.
CREATE TABLE product_week_snapshot (
    product_id    bigint PRIMARY KEY REFERENCES product (id) ON DELETE CASCADE,
    page_id       bigint,
    through_week  date   NOT NULL
);
-- The last week a fill ran for, per municipality: the dashboard's one-row test whether a fill is due.
CREATE TABLE municipality_week_snapshot (
    municipality_id  bigint PRIMARY KEY REFERENCES municipality (id) ON DELETE CASCADE,
    through_week     date   NOT NULL
);
--rollback DROP TABLE municipality_week_snapshot; DROP TABLE product_week_snapshot; DROP TABLE product_week_status;
