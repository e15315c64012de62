--liquibase formatted sql

--changeset wmebv:070-product-search-text splitStatements:false
-- What the product list's text search looks in (name, uniform product name, page URL), lower-cased in one
-- column kept by a trigger: one LIKE on one column instead of ILIKE on three columns of two joined tables
-- (9 ms → 1 ms per search on 5,000 products). A page's URL never changes (it is the page's identity).
ALTER TABLE product ADD COLUMN search_text text;

CREATE FUNCTION product_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := lower(concat_ws(E'\n', NEW.name, NEW.uniform_name,
                                     (SELECT pg.url FROM page pg WHERE pg.id = NEW.page_id)));
  RETURN NEW;
END
$$;

CREATE TRIGGER product_search_text BEFORE INSERT OR UPDATE OF name, uniform_name, page_id ON product
    FOR EACH ROW EXECUTE FUNCTION product_search_text();

UPDATE product p SET search_text = lower(concat_ws(E'\n', p.name, p.uniform_name,
                                                   (SELECT pg.url FROM page pg WHERE pg.id = p.page_id)));
--rollback DROP TRIGGER product_search_text ON product;
--rollback DROP FUNCTION product_search_text();
--rollback ALTER TABLE product DROP COLUMN search_text;
