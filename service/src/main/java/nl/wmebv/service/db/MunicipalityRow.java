package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/** A row of the municipality table. */
public record MunicipalityRow(long id, String name, String baseUrl, OffsetDateTime createdAt) {}
