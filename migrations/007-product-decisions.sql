--liquibase formatted sql

--changeset wmebv:007-product-decisions
-- What a person decides about a product (never overwritten by a crawl) and the review flags a crawl sets.
ALTER TABLE product
    ADD COLUMN message_types            text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN channel_status_override  text    CHECK (channel_status_override IN ('DIGITAL', 'NOT_COMPLIANT', 'ABSENT', 'UNKNOWN')),
    ADD COLUMN text_status              text    NOT NULL DEFAULT 'NOT_REVIEWED'
        CHECK (text_status IN ('NOT_REVIEWED', 'NEEDS_REWRITING', 'REWRITTEN', 'APPROVED')),
    ADD COLUMN notes                    text,
    ADD COLUMN cluster_set_by_person    boolean NOT NULL DEFAULT false,
    ADD COLUMN is_new                   boolean NOT NULL DEFAULT false,
    ADD COLUMN needs_review             boolean NOT NULL DEFAULT false,
    ADD COLUMN is_gone                  boolean NOT NULL DEFAULT false,
    ADD COLUMN review_reason            text;
CREATE INDEX product_flags_idx ON product (municipality_id) WHERE needs_review OR is_new OR is_gone;
--rollback ALTER TABLE product DROP COLUMN message_types, DROP COLUMN channel_status_override, DROP COLUMN text_status, DROP COLUMN notes, DROP COLUMN cluster_set_by_person, DROP COLUMN is_new, DROP COLUMN needs_review, DROP COLUMN is_gone, DROP COLUMN review_reason;
