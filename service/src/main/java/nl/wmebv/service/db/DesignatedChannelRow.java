package nl.wmebv.service.db;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of designated_channel: one electronic channel of the municipality's aanwijzingsbesluit. */
public record DesignatedChannelRow(
    long id,
    long municipalityId,
    String kind,
    String name,
    String url,
    String identification,
    boolean eidas,
    String domain,
    List<String> messageTypes,
    boolean active,
    int version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    String organ) {}
