--liquibase formatted sql

--changeset wmebv:183-product-owner-email
-- The e-mail address of the product's owner (the department or person who answers for it): when mail.enabled, a
-- crawl or channel watch that finds the product's channel broken, recovered or changed tells this address the same
-- day. A person's field: a crawl never sets it. NULL: nobody is told.
ALTER TABLE product ADD COLUMN owner_email text CHECK (owner_email IS NULL OR (length(owner_email) <= 254 AND owner_email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'));
--rollback ALTER TABLE product DROP COLUMN owner_email;
