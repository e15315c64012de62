--liquibase formatted sql

--changeset wmebv:009-action
CREATE TABLE action (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id   bigint      NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    type         text        NOT NULL CHECK (type IN ('NONE', 'CREATE_EFORM', 'ADD_DIGID', 'ADD_EHERKENNING',
                     'REPLACE_PDF_FORM', 'REPAIR_LINK', 'DESIGNATE_EMAIL', 'REWRITE_TEXT', 'REMOVE_OR_MERGE_PAGE', 'OTHER')),
    description  text,
    owner        text,
    deadline     date,
    status       text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    version      integer     NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX action_product_idx ON action (product_id);
--rollback DROP TABLE action;
