package nl.wmebv.service.db;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored version of the draft aanwijzingsbesluit without its HTML: the register as JSON text and
 * its life.
 */
public record DesignationDecisionVersionRow(
    long id,
    OffsetDateTime generatedAt,
    String generatedBy,
    String inventoryVersion,
    String register,
    String status,
    LocalDate adoptedOn,
    List<String> adoptedBy,
    String gemeenteblad,
    String gemeentebladUrl,
    LocalDate publishedOn,
    LocalDate entryIntoForce) {}
