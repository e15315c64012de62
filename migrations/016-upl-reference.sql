--liquibase formatted sql

--changeset wmebv:016-upl-reference
-- A newer UPL export uploaded through the API; when present it wins over the configured or bundled file.
CREATE TABLE upl_reference (
    id           integer     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    content      bytea       NOT NULL,
    entries      integer     NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE upl_reference IS 'At most one row: the uploaded UPL CSV export (UniformeProductnaam, URI, flags)';
--rollback DROP TABLE upl_reference;
