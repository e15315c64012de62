package nl.wmebv.service.core.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which field each column of a spreadsheet feeds; a null entry means "negeren" (ignored). {@link
 * #guess} recognises the headings of our own export and the common Dutch headings of a
 * municipality's own spreadsheet.
 */
public record ColumnMapping(List<ImportField> columns) {

  public ColumnMapping {
    columns = Collections.unmodifiableList(new ArrayList<>(columns));
  }

  /**
   * Our export's headings, read back; headings we do not know (such as "Kanaal gedetecteerd") are
   * ignored.
   */
  public static ColumnMapping guess(List<String> headings) {
    List<ImportField> fields = new ArrayList<>();
    Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
    for (String heading : headings) {
      ImportField field = fieldOf(heading);
      // A field feeds from one column only: the first that names it wins, so "Kanaal besluit" beats
      // "Kanaalstatus".
      fields.add(field == null || !taken.add(field) ? null : field);
    }
    return new ColumnMapping(fields);
  }

  /** True when the headings are our own export's: it imports back without a mapping step. */
  public static boolean isOwnExport(List<String> headings) {
    return !headings.isEmpty()
        && "nr.".equals(key(headings.get(0)))
        && headings.stream().map(ColumnMapping::key).anyMatch("kanaal besluit"::equals);
  }

  /**
   * True when some column gives a way to find or create the product (id, name, uniform name or page
   * URL).
   */
  public boolean identifiesProducts() {
    return columns.contains(ImportField.PRODUCT_ID)
        || columns.contains(ImportField.NAME)
        || columns.contains(ImportField.UNIFORM_NAME)
        || columns.contains(ImportField.PAGE_URL);
  }

  private static ImportField fieldOf(String heading) {
    String key = key(heading);
    for (ImportField field : ImportField.values()) {
      if (field.headings().contains(key)) {
        return field;
      }
    }
    return null;
  }

  private static String key(String heading) {
    return heading == null
        ? ""
        : heading.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
