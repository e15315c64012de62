--liquibase formatted sql

--changeset wmebv:105-site-extra-hosts
-- More host names that belong to a site and are crawled with it (e.g. a separate social-domain site such as
-- werkeninkampen.nl next to www.kampen.nl), lower-case host names without scheme or port.
ALTER TABLE site ADD COLUMN extra_hosts text[] NOT NULL DEFAULT '{}';
--rollback ALTER TABLE site DROP COLUMN extra_hosts;
