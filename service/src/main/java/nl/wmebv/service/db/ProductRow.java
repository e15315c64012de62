package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/** A row of the product table; {@code version} is the optimistic lock every update must carry. */
public record ProductRow(
    long id,
    long municipalityId,
    Long clusterId,
    Long pageId,
    String name,
    String uniformName,
    String uplUri,
    String audience,
    Boolean inScope,
    String detectedChannelStatus,
    int version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
