--liquibase formatted sql

--changeset wmebv:013-app-user
CREATE TABLE app_user (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username       text        NOT NULL CHECK (username ~ '^[a-z0-9._@-]{2,64}$'),
    display_name   text        NOT NULL,
    password_hash  text        NOT NULL,
    role           text        NOT NULL CHECK (role IN ('VIEWER', 'EDITOR', 'ADMIN')),
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_unique UNIQUE (username)
);
COMMENT ON COLUMN app_user.password_hash IS 'Argon2id, PHC string format';
--rollback DROP TABLE app_user;
