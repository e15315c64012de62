package nl.wmebv.service.db;

/** A live login session joined with its user. */
public record SessionRow(
    long id, String username, String displayName, String role, String csrfToken) {}
