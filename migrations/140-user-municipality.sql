--liquibase formatted sql

--changeset wmebv:140-user-municipality
-- Which municipalities a user sees and changes (issue 14 §5). A row per assignment; deleting the user or the
-- municipality removes the assignment, so no dangling access survives either side.
-- Upgrade: every existing user is assigned every municipality that exists now, so nobody is locked out of work
-- they already did the moment the scope is enforced; an admin narrows it afterwards. Users created later start
-- with none (fail closed) until an admin assigns them.
CREATE TABLE user_municipality (
    user_id          bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    municipality_id  bigint NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, municipality_id)
);
CREATE INDEX user_municipality_municipality_idx ON user_municipality (municipality_id);
COMMENT ON TABLE user_municipality IS 'The municipalities a user (without all_municipalities) may see and change';
INSERT INTO user_municipality (user_id, municipality_id)
SELECT u.id, m.id FROM app_user u CROSS JOIN municipality m;
--rollback DROP TABLE user_municipality;
