--liquibase formatted sql

--changeset wmebv:051-designation-decision-version
-- Each generated draft aanwijzingsbesluit: the HTML, and the register it was made from (for "what changed")
CREATE TABLE designation_decision_version (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id    bigint      NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    generated_at       timestamptz NOT NULL DEFAULT now(),
    generated_by       text        NOT NULL,
    inventory_version  text        NOT NULL,
    register           jsonb       NOT NULL,
    content            text        NOT NULL
);
CREATE INDEX designation_decision_version_idx ON designation_decision_version (municipality_id, id DESC);
--rollback DROP TABLE designation_decision_version;
