--liquibase formatted sql

--changeset wmebv:141-app-user-all-municipalities
-- A user for all municipalities, present and future (issue 14 §5). Existing ADMIN users get it: they manage
-- users and municipalities, and before this change they already saw everything, so the upgrade changes nothing
-- for them. Non-admins keep the explicit rows of migration 140 instead, so a municipality registered later is
-- not silently opened to them. New users default to false: access is granted, never assumed.
ALTER TABLE app_user ADD COLUMN all_municipalities boolean NOT NULL DEFAULT false;
UPDATE app_user SET all_municipalities = true WHERE role = 'ADMIN';
--rollback ALTER TABLE app_user DROP COLUMN all_municipalities;
