--liquibase formatted sql

--changeset wmebv:160-cluster-session-chair
-- Sessions as a meeting (issue 15): who chairs a session in progress and which product is on the chair's screen,
-- so that everyone following the session is taken to that product and sees what was decided on it. The chair is
-- the editor who started the session, or who took it over since; a session started before this change gets the
-- first editor who opens a product in session mode. A deleted product leaves the session without a position.
ALTER TABLE cluster_session ADD COLUMN chair text;
ALTER TABLE cluster_session ADD COLUMN current_product_id bigint REFERENCES product (id) ON DELETE SET NULL;
ALTER TABLE cluster_session ADD COLUMN current_since timestamptz;
--rollback ALTER TABLE cluster_session DROP COLUMN current_since;
--rollback ALTER TABLE cluster_session DROP COLUMN current_product_id;
--rollback ALTER TABLE cluster_session DROP COLUMN chair;
