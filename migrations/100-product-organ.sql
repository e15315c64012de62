--liquibase formatted sql

--changeset wmebv:100-product-organ
-- The bestuursorgaan a person decided the product's formal messages go to (raad, college, burgemeester); NULL: not
-- decided yet, the service then proposes one from the product's name
ALTER TABLE product ADD COLUMN organ text CHECK (organ IN ('RAAD', 'COLLEGE', 'BURGEMEESTER'));
--rollback ALTER TABLE product DROP COLUMN organ;
