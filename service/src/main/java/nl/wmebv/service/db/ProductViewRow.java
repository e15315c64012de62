package nl.wmebv.service.db;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A product as the API shows it: its own columns, its cluster's name, its page's URL, the effective
 * channel status (the person's override, else the detector's verdict mapped onto the same scale)
 * and the number of actions that are not done.
 */
public record ProductViewRow(
    long id,
    long municipalityId,
    Long clusterId,
    String clusterName,
    boolean clusterSetByPerson,
    Long pageId,
    String url,
    String name,
    String uniformName,
    String uplUri,
    String audience,
    Boolean inScope,
    List<String> messageTypes,
    String detectedChannelStatus,
    String channelStatusOverride,
    String channelStatus,
    String textStatus,
    String notes,
    String organ,
    String ownerEmail,
    boolean isNew,
    boolean needsReview,
    boolean isGone,
    String reviewReason,
    int openActions,
    int version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
