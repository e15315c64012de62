package nl.wmebv.service.core.designation;

import java.time.OffsetDateTime;

/** A stored version of the draft decision, with what changed in the register since the version before it. */
public record DecisionVersion(
    long id, OffsetDateTime generatedAt, String generatedBy, String inventoryVersion, RegisterChanges changes) {}
