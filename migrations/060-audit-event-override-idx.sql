--liquibase formatted sql

--changeset wmebv:060-audit-event-override-idx
-- The weekly progress asks, per product and week, for the latest channelStatusOverride change before the week's
-- end; only those events are indexed, so the answer is one index probe however long the product's audit trail is.
CREATE INDEX audit_event_override_idx ON audit_event (product_id, at DESC, id DESC)
    WHERE (changes -> 'channelStatusOverride') IS NOT NULL;
--rollback DROP INDEX audit_event_override_idx;
