--liquibase formatted sql

--changeset wmebv:003-cluster
CREATE TABLE cluster (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id  bigint      NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    name             text        NOT NULL CHECK (length(trim(name)) > 0),
    position         integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cluster_name_unique UNIQUE (municipality_id, name)
);
COMMENT ON TABLE cluster IS 'A gemeentelijk cluster (Burgerzaken, Sociaal Domein, ...), editable per municipality';
--rollback DROP TABLE cluster;
