--liquibase formatted sql

--changeset wmebv:090-cluster-rule-words
-- Cluster rules without regexes: WORDS (whole words and heads of Dutch compounds, so "heffing" is not
-- "ontheffing") and URL_PREFIX (a path the product's URL starts with). The regex kinds keep working.
ALTER TABLE cluster_rule DROP CONSTRAINT cluster_rule_kind_check;
ALTER TABLE cluster_rule ADD CONSTRAINT cluster_rule_kind_check
    CHECK (kind IN ('URL', 'NAME', 'UNIFORM_NAME', 'WORDS', 'URL_PREFIX'));
--rollback DELETE FROM cluster_rule WHERE kind IN ('WORDS', 'URL_PREFIX');
--rollback ALTER TABLE cluster_rule DROP CONSTRAINT cluster_rule_kind_check;
--rollback ALTER TABLE cluster_rule ADD CONSTRAINT cluster_rule_kind_check CHECK (kind IN ('URL', 'NAME', 'UNIFORM_NAME'));
