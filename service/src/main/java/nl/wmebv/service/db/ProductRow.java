package nl.wmebv.service.db;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A row of the product table. The detector's verdict ({@code detectedChannelStatus}) and the
 * person's ({@code channelStatusOverride}) are both kept; {@code version} is the optimistic lock
 * every update by a person must carry.
 */
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
    OffsetDateTime updatedAt,
    List<String> messageTypes,
    String channelStatusOverride,
    String textStatus,
    String notes,
    boolean clusterSetByPerson,
    boolean isNew,
    boolean needsReview,
    boolean isGone,
    String reviewReason) {}
