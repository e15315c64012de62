package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/** A row of the audit_event table; {@code changes} is JSON text. */
public record AuditEventRow(
    long id,
    long municipalityId,
    Long productId,
    String entityType,
    Long entityId,
    String event,
    String actor,
    String changes,
    OffsetDateTime at) {}
