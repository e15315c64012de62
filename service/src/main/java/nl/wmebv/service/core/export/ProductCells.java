package nl.wmebv.service.core.export;

import static nl.wmebv.service.vocabulary.Vocabularies.label;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.wmebv.service.core.sheet.WebAddress;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.DetectedStatus;
import nl.wmebv.service.vocabulary.MessageType;
import nl.wmebv.service.vocabulary.TextStatus;

/**
 * The cells of one product line, in {@link ExportRow#HEADERS} order, as a manager reads them: the
 * Dutch label of every code (from the vocabulary package), the deadline as a {@link
 * java.time.LocalDate} and the page and evidence URLs as {@link WebAddress}; everything else is a
 * String or null. The CSV and the XLSX write the same cells.
 */
public final class ProductCells {
  private ProductCells() {}

  /**
   * The cells of {@code r}; {@code discrepancies} is the column "Afwijkingen" ({@link
   * CatalogueDiscrepancies#column}).
   */
  static List<Object> of(ExportRow r, String discrepancies) {
    return Arrays.asList(
        r.productId(),
        r.product(),
        r.uniformName(),
        r.cluster(),
        web(r.pageUrl()),
        label(DetectedStatus.class, r.detectedStatus()),
        label(ChannelStatus.class, r.personStatus()),
        label(ChannelStatus.class, r.effectiveStatus()),
        web(r.evidenceUrl()),
        ExportRow.yesNo(r.inScope()),
        messageTypes(r.messageTypes()),
        label(ActionType.class, r.actionType()),
        r.owner(),
        r.deadline(),
        label(ActionStatus.class, r.actionStatus()),
        label(TextStatus.class, r.textStatus()),
        ExportRow.yesNo(r.needsReview()),
        r.notes(),
        discrepancies,
        r.ownerEmail());
  }

  /** The labels of the message types, separated by ", "; null when there are none. */
  static String messageTypes(List<String> codes) {
    if (codes.isEmpty()) {
      return null;
    }
    return codes.stream()
        .map(code -> label(MessageType.class, code))
        .collect(Collectors.joining(", "));
  }

  private static WebAddress web(String url) {
    return url == null || url.isBlank() ? null : new WebAddress(url);
  }
}
