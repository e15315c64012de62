--liquibase formatted sql

--changeset wmebv:151-import-upload
-- A spreadsheet uploaded on /inventaris/import, kept between its steps (mapping, preview, apply) on the server:
-- the page carries only a random token (stored here as its SHA-256), valid for the user and municipality that
-- uploaded it and for one hour. In the database rather than in memory, so a step served by another instance, or
-- after a restart, still finds the file.
CREATE TABLE import_upload (
    token_hash      text        PRIMARY KEY,
    municipality_id bigint      NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    username        text        NOT NULL,
    file_name       text,
    content         bytea       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_upload_created_idx ON import_upload (created_at);
--rollback DROP TABLE import_upload;
