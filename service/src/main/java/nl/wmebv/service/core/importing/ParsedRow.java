package nl.wmebv.service.core.importing;

import java.util.List;
import java.util.Map;
import nl.wmebv.service.core.sheet.BadValue;

/**
 * One spreadsheet row read through a {@link ColumnMapping}: the typed value of each mapped field (a
 * field the file has no column for is absent, so the import leaves it alone; a blank cell is
 * present as null, which clears it), and the cells that could not be read. A row with problems is
 * never applied.
 */
public record ParsedRow(int row, Map<ImportField, Object> values, List<BadValue> problems) {

  /** True when every mapped cell could be read. */
  public boolean valid() {
    return problems.isEmpty();
  }
}
