--liquibase formatted sql

--changeset wmebv:103-designation-decision-settings
-- What a municipality chose for its aanwijzingsbesluit: joint (all organs, one decision) or one decision per
-- organ, the title of the previous decision it withdraws, where the current channel list is published, an optional
-- rechtsmiddelenclausule and the date of entry into force (NULL: the day after publication)
CREATE TABLE designation_decision_settings (
    municipality_id   bigint      PRIMARY KEY REFERENCES municipality (id) ON DELETE CASCADE,
    joint             boolean     NOT NULL DEFAULT true,
    previous_title    text,
    publication_url   text,
    legal_remedies    boolean     NOT NULL DEFAULT false,
    entry_into_force  date,
    version           integer     NOT NULL DEFAULT 1,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text        NOT NULL
);
--rollback DROP TABLE designation_decision_settings;
