package nl.wmebv.service.api;

import java.time.OffsetDateTime;

/** A cluster session: which cluster, when, who took part, how far it is. */
public record SessionJson(
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
    int decisions) {}
