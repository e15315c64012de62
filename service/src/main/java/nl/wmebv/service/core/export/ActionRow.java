package nl.wmebv.service.core.export;

import java.time.LocalDate;

/** One action of a product as exported; type and status are the stored codes. */
public record ActionRow(
    String product, String type, String owner, LocalDate deadline, String status) {}
