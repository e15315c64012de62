package nl.wmebv.service.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A product: what the detector saw ({@code detectedChannelStatus}), what a person decided ({@code
 * channelStatusOverride}, scope, cluster, ...), the effective {@code channelStatus}, the review
 * flags a crawl sets, the {@code version} every update must carry, and the bestuursorgaan ({@code
 * organ}, a person's choice, or null; {@code proposedOrgan} from the name).
 */
public record ProductJson(
    long id,
    long municipalityId,
    String name,
    String uniformName,
    String uplUri,
    String audience,
    String url,
    Long clusterId,
    String clusterName,
    boolean clusterSetByPerson,
    Boolean inScope,
    List<String> messageTypes,
    String detectedChannelStatus,
    String channelStatusOverride,
    String channelStatus,
    String textStatus,
    String notes,
    @JsonProperty("isNew") boolean isNew,
    @JsonProperty("needsReview") boolean needsReview,
    @JsonProperty("isGone") boolean isGone,
    String reviewReason,
    int openActions,
    int version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    String organ,
    String proposedOrgan,
    String ownerEmail) {

  /** The organ the product's messages go to: the person's choice, else the proposal. */
  public String effectiveOrgan() {
    return organ != null ? organ : proposedOrgan;
  }
}
