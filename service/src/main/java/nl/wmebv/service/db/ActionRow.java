package nl.wmebv.service.db;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of the action table: what must be done for a product, by whom, by when. */
public record ActionRow(
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
