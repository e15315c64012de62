package nl.wmebv.service.core.export;

import java.time.LocalDate;
import java.util.List;

/**
 * One product as exported: its decisions, its page, the evidence of its channel and its leading
 * action. The statuses, types and message types are the stored codes; {@link ProductCells} turns
 * them into Dutch labels.
 */
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
    List<String> messageTypes,
    String actionType,
    String owner,
    LocalDate deadline,
    String actionStatus,
    String textStatus,
    boolean needsReview,
    String notes,
    String ownerEmail) {

  /**
   * Column headings, the same in the CSV and on every cluster sheet; the first, "Nr.", is the
   * product id the import matches on (core/importing); "Afwijkingen" comes from {@link
   * CatalogueDiscrepancies}, not from this record; the product owner's address came last, after it,
   * so that the columns before it keep their places.
   */
  public static final String[] HEADERS = {
    "Nr.",
    "Product",
    "Uniforme productnaam",
    "Cluster",
    "Pagina-URL",
    "Kanaal gedetecteerd",
    "Kanaal besluit",
    "Kanaalstatus",
    "Bewijs-URL",
    "Valt onder WMEBV",
    "Berichtsoorten",
    "Actie",
    "Eigenaar",
    "Deadline",
    "Actiestatus",
    "Tekststatus",
    "Te beoordelen",
    "Notities",
    "Afwijkingen",
    "Producteigenaar (e-mail)"
  };

  /** "ja", "nee" or "" (not decided yet). */
  public static String yesNo(Boolean b) {
    return b == null ? "" : b ? "ja" : "nee";
  }
}
