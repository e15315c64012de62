package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/**
 * A row of session_decision with its product's name; {@code decision} is the JSON snapshot as text.
 */
public record SessionDecisionRow(
    long id,
    long sessionId,
    long productId,
    String productName,
    String decidedBy,
    OffsetDateTime decidedAt,
    String decision) {}
