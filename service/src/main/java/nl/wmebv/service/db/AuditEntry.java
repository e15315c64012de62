package nl.wmebv.service.db;

/** One audit event to append; {@code changes} is the JSON object of {@link AuditDao#append}. */
public record AuditEntry(
    long municipalityId,
    Long productId,
    String entityType,
    Long entityId,
    String event,
    String actor,
    String changes) {}
