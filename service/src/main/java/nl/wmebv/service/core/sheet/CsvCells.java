package nl.wmebv.service.core.sheet;

import java.time.LocalDate;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.export.ProductCells;

/**
 * Keeps spreadsheet programs from running a CSV cell as a formula (CSV injection, as OWASP
 * describes it): a cell from a crawled title or a person's note that starts with {@code = + - @}, a
 * tab or a carriage return, also behind leading quotes or spaces, gets a leading apostrophe, which
 * Excel and LibreOffice show as text. The XLSX export writes string cells and needs none of this.
 */
public final class CsvCells {
  private CsvCells() {}

  /**
   * A cell of {@link ProductCells} as CSV text: a date dd-mm-jjjj ({@link DutchTime}), a web
   * address as its URL.
   */
  public static String text(Object cell) {
    if (cell instanceof LocalDate date) {
      return DutchTime.date(date);
    }
    if (cell instanceof WebAddress web) {
      return web.url();
    }
    return cell == null ? null : cell.toString();
  }

  /** The value as a CSV cell that no spreadsheet evaluates; null stays null. */
  public static String neutral(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString();
    return startsLikeAFormula(s) ? "'" + s : s;
  }

  /**
   * Undoes {@link #neutral}: the apostrophe before a formula-like cell goes, so an export imports
   * back as it was.
   */
  public static String unneutral(String cell) {
    if (cell != null
        && cell.length() > 1
        && cell.charAt(0) == '\''
        && startsLikeAFormula(cell.substring(1))) {
      return cell.substring(1);
    }
    return cell;
  }

  private static boolean startsLikeAFormula(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == ' ')) {
      i++;
    }
    if (i == s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
  }
}
