package nl.wmebv.service.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wmebv.service.db.ProductViewRow;

/**
 * A product: what the detector saw ({@code detectedChannelStatus}), what a person decided
 * ({@code channelStatusOverride}, scope, cluster, ...), the effective {@code channelStatus}, the review flags
 * a crawl sets, and the {@code version} every update must carry.
 */
public record ProductJson(
    long id, long municipalityId, String name, String uniformName, String uplUri, String audience, String url,
    Long clusterId, String clusterName, boolean clusterSetByPerson, Boolean inScope, List<String> messageTypes,
    String detectedChannelStatus, String channelStatusOverride, String channelStatus, String textStatus,
    String notes, @JsonProperty("isNew") boolean isNew, @JsonProperty("needsReview") boolean needsReview,
    @JsonProperty("isGone") boolean isGone, String reviewReason, int openActions, int version,
    OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  public static ProductJson of(ProductViewRow r) {
    return new ProductJson(r.id(), r.municipalityId(), r.name(), r.uniformName(), r.uplUri(), r.audience(), r.url(),
        r.clusterId(), r.clusterName(), r.clusterSetByPerson(), r.inScope(),
        r.messageTypes() == null ? List.of() : r.messageTypes(), r.detectedChannelStatus(),
        r.channelStatusOverride(), r.channelStatus(), r.textStatus(), r.notes(), r.isNew(), r.needsReview(),
        r.isGone(), r.reviewReason(), r.openActions(), r.version(), r.createdAt(), r.updatedAt());
  }
}
