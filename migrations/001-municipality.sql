--liquibase formatted sql

--changeset wmebv:001-municipality
CREATE TABLE municipality (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL CHECK (length(trim(name)) > 0),
    base_url    text        NOT NULL CHECK (base_url ~ '^https?://'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT municipality_name_unique UNIQUE (name)
);
COMMENT ON TABLE municipality IS 'A gemeente whose products are inventoried';
--rollback DROP TABLE municipality;
