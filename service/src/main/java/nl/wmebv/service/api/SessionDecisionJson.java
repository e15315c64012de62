package nl.wmebv.service.api;

import java.time.OffsetDateTime;

/** One decision of a cluster session: the product, who recorded it when, and what was decided. */
public record SessionDecisionJson(
    long productId,
    String productName,
    String decidedBy,
    OffsetDateTime decidedAt,
    SessionDecisionSnapshot decision) {}
