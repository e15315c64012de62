package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One audit event: who changed what when; {@code changes} is {"field": {"from": .., "to": ..},
 * ...}.
 */
public record AuditEventJson(
    long id,
    Long productId,
    String entityType,
    Long entityId,
    String event,
    String actor,
    JsonNode changes,
    OffsetDateTime at) {}
