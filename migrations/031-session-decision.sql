--liquibase formatted sql

--changeset wmebv:031-session-decision
-- What the session decided per product (a snapshot for the verslag; the product row holds the live state)
CREATE TABLE session_decision (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id   bigint      NOT NULL REFERENCES cluster_session (id) ON DELETE CASCADE,
    product_id   bigint      NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    decided_by   text        NOT NULL,
    decided_at   timestamptz NOT NULL DEFAULT now(),
    decision     jsonb       NOT NULL,
    CONSTRAINT session_decision_unique UNIQUE (session_id, product_id)
);
--rollback DROP TABLE session_decision;
