package nl.wmebv.service.db;

/**
 * A product whose cluster no person chose, with what the cluster rules look at (its page URL may be
 * null).
 */
public record RuleCandidateRow(
    long id, String name, String uniformName, String url, Long clusterId) {}
