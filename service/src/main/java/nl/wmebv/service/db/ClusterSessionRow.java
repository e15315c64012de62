package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/**
 * A row of cluster_session joined with its cluster, its municipality and how many products it
 * decided.
 */
public record ClusterSessionRow(
    long id,
    long municipalityId,
    String municipalityName,
    long clusterId,
    String clusterName,
    OffsetDateTime plannedAt,
    String participants,
    String status,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String createdBy,
    OffsetDateTime createdAt,
    int decisions) {}
