--liquibase formatted sql

--changeset wmebv:015-product-feed-upl-uris
-- A feed record may name several uniform products (e.g. "Trouwen": huwelijk and huwelijksaangifte); all of
-- them count for UPL coverage, upl_uri keeps the first. The municipality remembers where its feed was fetched.
ALTER TABLE product
    ADD COLUMN feed_upl_uris text[] NOT NULL DEFAULT '{}';
ALTER TABLE municipality
    ADD COLUMN sc_feed_url text CHECK (sc_feed_url ~ '^https?://');
COMMENT ON COLUMN product.feed_upl_uris IS 'Every UPL URI the SC feed record names (upl_uri holds the first)';
COMMENT ON COLUMN municipality.sc_feed_url IS 'The URL the SC feed was last fetched from; used when a fetch names none';
--rollback ALTER TABLE municipality DROP COLUMN sc_feed_url; ALTER TABLE product DROP COLUMN feed_upl_uris;
