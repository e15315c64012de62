package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/** A row of app_user. */
public record UserRow(
    long id,
    String username,
    String displayName,
    String passwordHash,
    String role,
    boolean active,
    OffsetDateTime createdAt) {}
