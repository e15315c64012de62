--liquibase formatted sql

--changeset wmebv:030-cluster-session
-- A cluster session: the products of one cluster discussed one by one, decisions recorded per product.
CREATE TABLE cluster_session (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id  bigint      NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    cluster_id       bigint      NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    planned_at       timestamptz NOT NULL,
    participants     text        NOT NULL DEFAULT '',
    status           text        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    started_at       timestamptz,
    finished_at      timestamptz,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cluster_session_municipality_idx ON cluster_session (municipality_id, planned_at DESC);
--rollback DROP TABLE cluster_session;
