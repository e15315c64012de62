package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/** Who chairs a session and which product is on the chair's screen since when (nulls: not yet). */
public record SessionPositionRow(
    String chair, Long currentProductId, OffsetDateTime currentSince) {}
