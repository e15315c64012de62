package nl.wmebv.service.core.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.core.sheet.BadValue;
import nl.wmebv.service.core.sheet.CellValues;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.MessageType;
import nl.wmebv.service.vocabulary.TextStatus;

/**
 * Reads the rows of a {@link Sheet} through a {@link ColumnMapping} into {@link ParsedRow}s, cell
 * by cell.
 */
public final class RowParser {
  private RowParser() {}

  /** Every data row of the sheet, in file order. */
  public static List<ParsedRow> parse(Sheet sheet, ColumnMapping mapping) {
    List<ParsedRow> rows = new ArrayList<>();
    for (Sheet.Line line : sheet.lines()) {
      Map<ImportField, Object> values = new HashMap<>();
      List<BadValue> problems = new ArrayList<>();
      for (int c = 0; c < mapping.columns().size(); c++) {
        ImportField field = mapping.columns().get(c);
        if (field != null) {
          try {
            values.put(field, value(field, line.cell(c)));
          } catch (BadValue bad) {
            problems.add(bad);
          }
        }
      }
      rows.add(new ParsedRow(line.number(), values, problems));
    }
    return rows;
  }

  static Object value(ImportField field, String cell) throws BadValue {
    return switch (field) {
      case PRODUCT_ID -> productId(cell);
      case IN_SCOPE -> CellValues.yesNo(cell);
      case DEADLINE -> CellValues.date(cell);
      case CHANNEL_STATUS -> channel(cell);
      case ACTION_TYPE -> CellValues.term(ActionType.class, cell, "actie");
      case ACTION_STATUS -> CellValues.term(ActionStatus.class, cell, "actiestatus");
      case TEXT_STATUS -> CellValues.term(TextStatus.class, cell, "tekststatus");
      case MESSAGE_TYPES -> messageTypes(cell);
      case PRODUCT_OWNER_EMAIL -> CellValues.emailAddress(cell);
      default -> CellValues.text(cell);
    };
  }

  /** A channel status label, or ja/nee as a "Digitaal kanaal (ja/nee)" column writes it. */
  private static String channel(String cell) throws BadValue {
    String s = CellValues.text(cell);
    if (s != null && s.matches("(?i)ja|nee|j|n")) {
      return CellValues.yesNo(s) ? ChannelStatus.DIGITAL.code() : ChannelStatus.ABSENT.code();
    }
    return CellValues.term(ChannelStatus.class, s, "kanaalstatus");
  }

  private static List<String> messageTypes(String cell) throws BadValue {
    String s = CellValues.text(cell);
    List<String> codes = new ArrayList<>();
    if (s != null) {
      for (String part : s.split("[,;]")) {
        if (!part.isBlank()) {
          codes.add(CellValues.term(MessageType.class, part, "berichtsoorten"));
        }
      }
    }
    return codes;
  }

  private static Long productId(String cell) throws BadValue {
    String s = CellValues.text(cell);
    if (s == null) {
      return null;
    }
    if (!s.matches("\\d{1,18}")) {
      throw new BadValue(
          "Nr. \"" + s + "\" is geen productnummer", "Nr. \"" + s + "\" is not a product id");
    }
    return Long.parseLong(s);
  }
}
