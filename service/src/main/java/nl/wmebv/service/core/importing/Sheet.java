package nl.wmebv.service.core.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A spreadsheet as read: its headings, its data rows as text cells (row numbers as the person sees
 * them in their program) and the export date our own export wrote ("Geëxporteerd op"), null for
 * other files and old exports.
 */
public record Sheet(List<String> headings, List<Line> lines, OffsetDateTime exportedAt) {

  /**
   * One data row: its number in the file and its cells, in heading order (a missing cell is null).
   */
  public record Line(int number, List<String> cells) {
    /** The cell in column {@code i}, or null past the end of the row. */
    public String cell(int i) {
      return i < cells.size() ? cells.get(i) : null;
    }
  }
}
