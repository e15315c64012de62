--liquibase formatted sql

--changeset wmebv:006-product
CREATE TABLE product (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id         bigint      NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    cluster_id              bigint      REFERENCES cluster (id) ON DELETE SET NULL,
    page_id                 bigint      REFERENCES page (id) ON DELETE SET NULL,
    name                    text        NOT NULL CHECK (length(trim(name)) > 0),
    uniform_name            text,
    upl_uri                 text,
    audience                text,
    in_scope                boolean,
    detected_channel_status text,
    version                 integer     NOT NULL DEFAULT 1,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT product_page_unique UNIQUE (page_id)
);
CREATE INDEX product_municipality_idx ON product (municipality_id, cluster_id);
COMMENT ON COLUMN product.in_scope IS 'WMEBV scope as decided by a person; null = not decided yet';
COMMENT ON COLUMN product.version IS 'Optimistic lock: every update must carry the version it read';
--rollback DROP TABLE product;
