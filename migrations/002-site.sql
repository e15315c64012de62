--liquibase formatted sql

--changeset wmebv:002-site
CREATE TABLE site (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id  bigint      NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    base_url         text        NOT NULL CHECK (base_url ~ '^https?://'),
    include_patterns text[]      NOT NULL DEFAULT '{}',
    exclude_patterns text[]      NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT site_base_url_unique UNIQUE (base_url)
);
CREATE INDEX site_municipality_idx ON site (municipality_id);
COMMENT ON TABLE site IS 'A website (base URL) of a municipality that is crawled';
--rollback DROP TABLE site;
