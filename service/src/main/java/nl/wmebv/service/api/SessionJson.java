package nl.wmebv.service.api;

import java.time.OffsetDateTime;
import nl.wmebv.service.db.ClusterSessionRow;

/** A cluster session: which cluster, when, who took part, how far it is. */
public record SessionJson(
    long id, long municipalityId, String municipalityName, long clusterId, String clusterName,
    OffsetDateTime plannedAt, String participants, String status, OffsetDateTime startedAt,
    OffsetDateTime finishedAt, String createdBy, int decisions) {

  public static SessionJson of(ClusterSessionRow r) {
    return new SessionJson(r.id(), r.municipalityId(), r.municipalityName(), r.clusterId(), r.clusterName(),
        r.plannedAt(), r.participants(), r.status(), r.startedAt(), r.finishedAt(), r.createdBy(), r.decisions());
  }
}
