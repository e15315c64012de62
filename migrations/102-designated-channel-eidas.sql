--liquibase formatted sql

--changeset wmebv:102-designated-channel-eidas
-- Whether the channel also accepts a European (eIDAS) login means, stated per channel in the decision's bijlage
ALTER TABLE designated_channel ADD COLUMN eidas boolean NOT NULL DEFAULT false;
--rollback ALTER TABLE designated_channel DROP COLUMN eidas;
