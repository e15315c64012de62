package nl.wmebv.service.core.designation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored version of the draft decision, with what changed in the register since the version
 * before it, its name for people ({@code label}: the day and the municipality's version number,
 * e.g. "2026-12-03 nr. 2") and its life: {@code status} (a {@code
 * vocabulary.DesignationDecisionStatus} code), the adoption (date, organ codes) and the publication
 * (Gemeenteblad number and link, date, entry into force).
 */
public record DesignationDecisionVersion(
    long id,
    OffsetDateTime generatedAt,
    String generatedBy,
    String inventoryVersion,
    RegisterChanges changes,
    int number,
    String label,
    String status,
    LocalDate adoptedOn,
    List<String> adoptedBy,
    String gemeenteblad,
    String gemeentebladUrl,
    LocalDate publishedOn,
    LocalDate entryIntoForce) {}
