--liquibase formatted sql

--changeset wmebv:050-designated-channel
-- The register of designated electronic channels (aanwijzingsbesluit, art. 2:13 lid 2 Awb) per municipality
CREATE TABLE designated_channel (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id  bigint      NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    kind             text        NOT NULL CHECK (kind IN ('SPECIFIC_FORM', 'CONTACT_FORM_DIGID',
        'CONTACT_FORM_EHERKENNING', 'EMAIL', 'OMGEVINGSLOKET', 'BERICHTENBOX_BEDRIJVEN', 'OTHER_NATIONAL_PORTAL')),
    name             text        NOT NULL CHECK (length(trim(name)) > 0),
    url              text        NOT NULL CHECK (url ~* '^(https?://|mailto:)'),
    identification   text        NOT NULL DEFAULT 'NONE' CHECK (identification IN ('NONE', 'DIGID', 'EHERKENNING', 'BOTH')),
    domain           text,
    message_types    text[]      NOT NULL DEFAULT '{}',
    active           boolean     NOT NULL DEFAULT true,
    version          integer     NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX designated_channel_municipality_idx ON designated_channel (municipality_id);
-- The products (and their message types) a channel is designated for
CREATE TABLE designated_channel_product (
    channel_id     bigint NOT NULL REFERENCES designated_channel (id) ON DELETE CASCADE,
    product_id     bigint NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    message_types  text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (channel_id, product_id)
);
CREATE INDEX designated_channel_product_idx ON designated_channel_product (product_id);
--rollback DROP TABLE designated_channel_product; DROP TABLE designated_channel;
