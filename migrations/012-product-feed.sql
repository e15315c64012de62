--liquibase formatted sql

--changeset wmebv:012-product-feed
-- What the municipality declared in its Samenwerkende Catalogi feed, kept beside what the crawl finds.
ALTER TABLE product
    ADD COLUMN feed_page_url         text,
    ADD COLUMN feed_title            text,
    ADD COLUMN feed_abstract         text,
    ADD COLUMN feed_subjects         text[] NOT NULL DEFAULT '{}',
    ADD COLUMN feed_audience         text,
    ADD COLUMN feed_online_aanvragen text,
    ADD COLUMN feed_aanvraag_url     text,
    ADD COLUMN feed_imported_at      timestamptz;
CREATE UNIQUE INDEX product_feed_page_url_unique ON product (municipality_id, feed_page_url)
    WHERE feed_page_url IS NOT NULL;
COMMENT ON COLUMN product.feed_page_url IS 'The page URL the SC feed declares (normalized); links the product to its crawled page';
--rollback DROP INDEX product_feed_page_url_unique; ALTER TABLE product DROP COLUMN feed_page_url, DROP COLUMN feed_title, DROP COLUMN feed_abstract, DROP COLUMN feed_subjects, DROP COLUMN feed_audience, DROP COLUMN feed_online_aanvragen, DROP COLUMN feed_aanvraag_url, DROP COLUMN feed_imported_at;
