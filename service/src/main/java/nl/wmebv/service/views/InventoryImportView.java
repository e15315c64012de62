package nl.wmebv.service.views;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wmebv.service.api.InventoryImportJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.importing.ImportField;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.MessageType;
import nl.wmebv.service.vocabulary.TextStatus;
import nl.wmebv.service.vocabulary.Vocabularies;

/**
 * The import page /inventaris/import (issue 14 §1) at one of its steps: upload, map the columns (a
 * file that is not our own export), preview what changes per row, and the result. Also the step
 * alone, as the fragment the upload script puts into the page.
 */
public class InventoryImportView extends PageView {
  /** The steps. */
  public enum Step {
    UPLOAD,
    MAPPING,
    PREVIEW,
    DONE
  }

  /**
   * One column of the file: its heading, a value from the first rows, and the field chosen for it
   * ("" ignored).
   */
  public record Column(int index, String heading, String sample, String chosen) {}

  /** A field a column can feed. */
  public record Field(String code, String label) {}

  /** One row of the preview in Dutch. */
  public record RowLine(
      int row,
      Long productId,
      String name,
      String result,
      String resultLabel,
      List<String> changes,
      String message) {}

  /**
   * What the page shows besides the municipality: the step, the kept file's token and what was
   * read.
   */
  public record State(
      Step step,
      String token,
      String fileName,
      boolean ownExport,
      String exportedAt,
      List<Column> columns,
      InventoryImportJson report,
      boolean acceptBadRows,
      boolean overwriteNewer,
      String message) {}

  private final List<MunicipalityJson> municipalities;
  private final MunicipalityJson municipality;
  private final State state;

  public InventoryImportView(
      List<MunicipalityJson> municipalities,
      MunicipalityJson municipality,
      State state,
      boolean fragment,
      WebUser webUser) {
    super(
        fragment ? "/views/partials/import-step-fragment.ftlh" : "/views/inventaris-import.ftlh",
        webUser);
    this.municipalities = municipalities;
    this.municipality = municipality;
    this.state = state;
  }

  public List<MunicipalityJson> getMunicipalities() {
    return municipalities;
  }

  /** The chosen municipality, or null when there is none yet. */
  public MunicipalityJson getMunicipality() {
    return municipality;
  }

  public State getState() {
    return state;
  }

  /** The step's name, for the templates: UPLOAD, MAPPING, PREVIEW or DONE. */
  public String getStep() {
    return state.step().name();
  }

  /** The fields of the mapping step, in the order of the list. */
  public List<Field> getFields() {
    return Arrays.stream(ImportField.values()).map(f -> new Field(f.name(), f.label())).toList();
  }

  /** The preview's rows in Dutch. */
  public List<RowLine> getRows() {
    List<RowLine> lines = new ArrayList<>();
    if (state.report() != null) {
      for (InventoryImportJson.Row r : state.report().rows()) {
        lines.add(
            new RowLine(
                r.row(),
                r.productId(),
                r.name(),
                r.result(),
                result(r.result()),
                r.changes().stream().map(InventoryImportView::change).toList(),
                r.message()));
      }
    }
    return lines;
  }

  /** True when a row would overwrite a newer decision (then the page offers to do so). */
  public boolean isConflicts() {
    return state.report() != null
        && (state.report().conflicts() > 0
            || state.report().rows().stream()
                .anyMatch(r -> r.message() != null && r.message().startsWith("Overschrijft")));
  }

  static String result(String code) {
    return switch (code) {
      case InventoryImportJson.CREATED -> "nieuw product";
      case InventoryImportJson.UPDATED -> "wordt bijgewerkt";
      case InventoryImportJson.UNCHANGED -> "ongewijzigd";
      case InventoryImportJson.CONFLICT -> "nieuwere beslissing in de tool";
      default -> "fout";
    };
  }

  /** "Notities: — → Via Mijn Kampen": one change in words. */
  static String change(InventoryImportJson.Change c) {
    ImportField field =
        Arrays.stream(ImportField.values())
            .filter(f -> f.key().equals(c.field()))
            .findFirst()
            .orElse(null);
    String label = field == null ? c.field() : field.label();
    return label + ": " + value(field, c.from()) + " → " + value(field, c.to());
  }

  private static String value(ImportField field, String value) {
    if (value == null || value.isBlank()) {
      return "—";
    }
    if (field == null) {
      return value;
    }
    return switch (field) {
      case IN_SCOPE -> Boolean.parseBoolean(value) ? "ja" : "nee";
      case CHANNEL_STATUS -> Vocabularies.label(ChannelStatus.class, value);
      case TEXT_STATUS -> Vocabularies.label(TextStatus.class, value);
      case ACTION_TYPE -> Vocabularies.label(ActionType.class, value);
      case ACTION_STATUS -> Vocabularies.label(ActionStatus.class, value);
      case MESSAGE_TYPES ->
          String.join(
              ", ",
              Arrays.stream(value.split(", "))
                  .map(code -> Vocabularies.label(MessageType.class, code))
                  .toList());
      case DEADLINE -> date(value);
      default -> value;
    };
  }

  private static String date(String iso) {
    try {
      return DutchTime.date(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
