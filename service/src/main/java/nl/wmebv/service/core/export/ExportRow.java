package nl.wmebv.service.core.export;

import java.time.LocalDate;

/** One product as exported: its decisions, its page, the evidence of its channel and its leading action. */
public record ExportRow(
    long productId,
    String product,
    String uniformName,
    Long clusterId,
    String cluster,
    String pageUrl,
    String detectedStatus,
    String personStatus,
    String effectiveStatus,
    String evidenceUrl,
    Boolean inScope,
    String messageTypes,
    String actionType,
    String owner,
    LocalDate deadline,
    String actionStatus,
    String textStatus,
    boolean needsReview,
    String notes) {

  /**
   * Column headings, the same in the CSV and on every cluster sheet; the last, "Afwijkingen", comes from
   * {@link CatalogDiscrepancies}, not from this record.
   */
  public static final String[] HEADERS = {
      "Product", "Uniforme productnaam", "Cluster", "Pagina-URL", "Kanaal gedetecteerd", "Kanaal besluit",
      "Kanaalstatus", "Bewijs-URL", "In scope", "Berichtsoorten", "Actie", "Eigenaar", "Deadline", "Actiestatus",
      "Tekststatus", "Te beoordelen", "Notities", "Afwijkingen"};

  /** "ja", "nee" or "" (not decided yet). */
  public static String yesNo(Boolean b) {
    return b == null ? "" : b ? "ja" : "nee";
  }
}
