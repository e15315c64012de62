package nl.wmebv.service.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the person chose to see in the inventory: the optional columns and the page size. Chosen in
 * the "Weergave" form (query string {@code kolom=...&per=...}) and kept in a cookie, so the
 * inventory and its htmx row fragments show the same columns. Anything unknown is ignored: a choice
 * never breaks the page.
 */
public record InventoryDisplay(Set<Column> columns, int pageSize) {
  /** The name of the cookie that keeps the choice. */
  public static final String COOKIE = "inventaris-weergave";

  /** The page sizes offered. */
  public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

  /**
   * Columns that are always shown: choose, product, cluster, channel, action, action status, text,
   * edit.
   */
  static final int FIXED_COLUMNS = 8;

  /** An optional column: its code in the query string and cookie, and its Dutch heading. */
  public enum Column {
    SCOPE("wmebv", "WMEBV"),
    MESSAGE_TYPES("berichten", "Soorten berichten"),
    PAGE_URL("pagina", "Webadres"),
    UPDATED("gewijzigd", "Laatst gewijzigd"),
    OWNER("eigenaar", "Eigenaar"),
    DEADLINE("deadline", "Deadline");

    private final String code;
    private final String label;

    Column(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    static Column of(String code) {
      return Arrays.stream(values())
          .filter(c -> c.code.equals(code.strip()))
          .findFirst()
          .orElse(null);
    }
  }

  /** Without a choice: scope, owner and deadline, 50 rows a page. */
  public static final InventoryDisplay DEFAULT =
      new InventoryDisplay(EnumSet.of(Column.SCOPE, Column.OWNER, Column.DEADLINE), 50);

  /**
   * The choice from the form's values (column codes, each may hold several separated by dots or
   * commas).
   */
  public static InventoryDisplay of(List<String> columnCodes, String size) {
    Set<Column> chosen = EnumSet.noneOf(Column.class);
    for (String value : columnCodes == null ? List.<String>of() : columnCodes) {
      for (String code : value.split("[.,]")) {
        Column c = Column.of(code);
        if (c != null) {
          chosen.add(c);
        }
      }
    }
    int pageSize = DEFAULT.pageSize;
    if (size != null
        && size.strip().matches("\\d{1,3}")
        && PAGE_SIZES.contains(Integer.parseInt(size.strip()))) {
      pageSize = Integer.parseInt(size.strip());
    }
    return new InventoryDisplay(chosen, pageSize);
  }

  /**
   * The choice kept in the cookie ("wmebv.eigenaar_50"), or the default for none or a damaged one.
   */
  public static InventoryDisplay fromCookie(String value) {
    if (value == null || !value.matches("[a-z.]{0,80}_\\d{1,3}")) {
      return DEFAULT;
    }
    int split = value.lastIndexOf('_');
    return of(List.of(value.substring(0, split)), value.substring(split + 1));
  }

  /** The cookie's value: only letters, dots, an underscore and digits, so it needs no quoting. */
  public String cookieValue() {
    return columns.stream().map(Column::getCode).collect(Collectors.joining(".")) + "_" + pageSize;
  }

  /** For templates: is the column with this code shown? */
  public boolean has(String code) {
    Column c = Column.of(code);
    return c != null && columns.contains(c);
  }

  /** For templates: every optional column, in table order. */
  public List<Column> getAll() {
    return new ArrayList<>(List.of(Column.values()));
  }

  public int getPageSize() {
    return pageSize;
  }

  public List<Integer> getPageSizes() {
    return PAGE_SIZES;
  }

  /** The number of columns of a row, for the inline edit form's colspan. */
  public int getColspan() {
    return FIXED_COLUMNS + columns.size();
  }
}
