--liquibase formatted sql

--changeset wmebv:104-designation-decision-status
-- The life of a stored decision version: concept, voorgelegd (submitted), vastgesteld (adopted: date and organs),
-- bekendgemaakt (Gemeenteblad number and link, publication date, entry into force)
ALTER TABLE designation_decision_version
    ADD COLUMN status             text   NOT NULL DEFAULT 'CONCEPT'
        CHECK (status IN ('CONCEPT', 'VOORGELEGD', 'VASTGESTELD', 'BEKENDGEMAAKT')),
    ADD COLUMN adopted_on         date,
    ADD COLUMN adopted_by         text[] NOT NULL DEFAULT '{}',
    ADD COLUMN gemeenteblad       text,
    ADD COLUMN gemeenteblad_url   text,
    ADD COLUMN published_on       date,
    ADD COLUMN entry_into_force   date;
--rollback ALTER TABLE designation_decision_version DROP COLUMN status, DROP COLUMN adopted_on, DROP COLUMN adopted_by, DROP COLUMN gemeenteblad, DROP COLUMN gemeenteblad_url, DROP COLUMN published_on, DROP COLUMN entry_into_force;
