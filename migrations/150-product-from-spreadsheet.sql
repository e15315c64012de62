--liquibase formatted sql

--changeset wmebv:150-product-from-spreadsheet
-- A product an inventory import created from a row of the municipality's own spreadsheet (issue 14 §1): it is
-- marked "Uit spreadsheet" for good (is_new and the review reason are cleared once a person looked at it), and the
-- page URL the row gave is kept, so nothing of the file is lost and importing the same file again finds the product.
ALTER TABLE product ADD COLUMN from_spreadsheet boolean NOT NULL DEFAULT false;
ALTER TABLE product ADD COLUMN spreadsheet_page_url text;
--rollback ALTER TABLE product DROP COLUMN spreadsheet_page_url; ALTER TABLE product DROP COLUMN from_spreadsheet;
