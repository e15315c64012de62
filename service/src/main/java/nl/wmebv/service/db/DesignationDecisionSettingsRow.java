package nl.wmebv.service.db;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of designation_decision_settings. */
public record DesignationDecisionSettingsRow(
    long municipalityId,
    boolean joint,
    String previousTitle,
    String publicationUrl,
    boolean legalRemedies,
    LocalDate entryIntoForce,
    int version,
    OffsetDateTime updatedAt,
    String updatedBy) {}
