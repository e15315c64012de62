--liquibase formatted sql

--changeset wmebv:101-designated-channel-organ
-- The bestuursorgaan a designated channel is for, when a person names one; NULL: the organs of its products (a
-- channel without products, such as the general contact form, serves every organ of the decision)
ALTER TABLE designated_channel ADD COLUMN organ text CHECK (organ IN ('RAAD', 'COLLEGE', 'BURGEMEESTER'));
--rollback ALTER TABLE designated_channel DROP COLUMN organ;
