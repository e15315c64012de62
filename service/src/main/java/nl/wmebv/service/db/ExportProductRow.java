package nl.wmebv.service.db;

import java.time.LocalDate;
import java.util.List;

/**
 * One product as the export reads it ({@link ExportDao#ROWS}); clusterName is null without a
 * cluster.
 */
public record ExportProductRow(
    long id,
    String name,
    String uniformName,
    Long clusterId,
    String clusterName,
    String url,
    String detectedChannelStatus,
    String channelStatusOverride,
    String effectiveStatus,
    String evidenceUrl,
    Boolean inScope,
    List<String> messageTypes,
    String actionType,
    String owner,
    LocalDate deadline,
    String actionStatus,
    String textStatus,
    boolean needsReview,
    String notes,
    String ownerEmail) {}
