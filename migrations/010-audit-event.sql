--liquibase formatted sql

--changeset wmebv:010-audit-event
-- Every change to the inventory: who, when, what, from what to what. Append-only.
CREATE TABLE audit_event (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id  bigint      NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    product_id       bigint      REFERENCES product (id) ON DELETE SET NULL,
    entity_type      text        NOT NULL,
    entity_id        bigint,
    event            text        NOT NULL,
    actor            text        NOT NULL,
    changes          jsonb       NOT NULL DEFAULT '{}',
    at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_event_municipality_idx ON audit_event (municipality_id, at DESC);
CREATE INDEX audit_event_product_idx ON audit_event (product_id, at DESC);
--rollback DROP TABLE audit_event;
