--liquibase formatted sql

--changeset wmebv:005-page
CREATE TABLE page (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id            bigint      NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    url                text        NOT NULL,
    final_url          text,
    http_status        integer     NOT NULL,
    content_type       text,
    title              text,
    depth              integer     NOT NULL DEFAULT 0,
    content_hash       text,
    etag               text,
    last_modified      text,
    error              text,
    is_product         boolean     NOT NULL DEFAULT false,
    channel_status     text,
    analysis           jsonb,
    first_seen_at      timestamptz NOT NULL DEFAULT now(),
    last_seen_at       timestamptz NOT NULL DEFAULT now(),
    last_crawl_run_id  bigint      REFERENCES crawl_run (id) ON DELETE SET NULL,
    CONSTRAINT page_url_unique UNIQUE (site_id, url)
);
CREATE INDEX page_product_idx ON page (site_id) WHERE is_product;
COMMENT ON COLUMN page.analysis IS 'Page analysis of the latest crawl: product, channels with evidence, sections, readability';
--rollback DROP TABLE page;
