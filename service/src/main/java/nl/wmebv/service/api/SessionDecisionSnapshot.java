package nl.wmebv.service.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cluster session decided on one product, as stored in session_decision.decision (the
 * product row holds the live state; this snapshot is what the verslag reports).
 */
public record SessionDecisionSnapshot(
    Long clusterId,
    String clusterName,
    Boolean inScope,
    List<String> messageTypes,
    String channelStatusOverride,
    String channelStatus,
    String textStatus,
    String notes,
    Action action,
    int productVersion) {

  /** The action the decision recorded (or left as it was), null when the product has none. */
  public record Action(
      Long id, String type, String description, String owner, LocalDate deadline, String status) {}
}
