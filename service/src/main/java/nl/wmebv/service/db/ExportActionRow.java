package nl.wmebv.service.db;

import java.time.LocalDate;

/** One action of a product as the export reads it ({@link ExportDao#ACTIONS}). */
public record ExportActionRow(
    String product, String type, String owner, LocalDate deadline, String status) {}
