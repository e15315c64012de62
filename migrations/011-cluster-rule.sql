--liquibase formatted sql

--changeset wmebv:011-cluster-rule
-- Rules that put a new product in a cluster; a municipality edits them. First match by position wins.
CREATE TABLE cluster_rule (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id  bigint  NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    cluster_id       bigint  NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    kind             text    NOT NULL CHECK (kind IN ('URL', 'NAME', 'UNIFORM_NAME')),
    pattern          text    NOT NULL CHECK (length(pattern) > 0),
    position         integer NOT NULL DEFAULT 0
);
CREATE INDEX cluster_rule_municipality_idx ON cluster_rule (municipality_id, position);
--rollback DROP TABLE cluster_rule;
