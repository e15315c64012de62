--liquibase formatted sql

--changeset wmebv:014-user-session
-- Login sessions; only a hash of the cookie's token is stored, so a database leak yields no live session.
CREATE TABLE user_session (
    token_hash   text        PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL
);
CREATE INDEX user_session_expiry_idx ON user_session (expires_at);
--rollback DROP TABLE user_session;
