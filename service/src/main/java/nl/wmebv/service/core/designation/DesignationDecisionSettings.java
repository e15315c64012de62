package nl.wmebv.service.core.designation;

import java.time.LocalDate;

/**
 * What the municipality chooses for its aanwijzingsbesluit: one joint decision of all organs or one
 * per organ, the title of the previous decision it withdraws, where the current channel list is
 * published, whether a rechtsmiddelenclausule is added, and the date of entry into force (null: the
 * day after publication).
 */
public record DesignationDecisionSettings(
    boolean joint,
    String previousTitle,
    String publicationUrl,
    boolean legalRemedies,
    LocalDate entryIntoForce,
    int version) {

  /**
   * The settings of a municipality that chose nothing yet: joint, placeholders for what it must
   * enter.
   */
  public static final DesignationDecisionSettings DEFAULT =
      new DesignationDecisionSettings(true, null, null, false, null, 0);
}
