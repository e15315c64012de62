package nl.wmebv.service.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An action on a product: type, description, owner, deadline, status and the version updates must
 * carry.
 */
public record ActionJson(
    long id,
    long productId,
    String type,
    String description,
    String owner,
    LocalDate deadline,
    String status,
    int version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
