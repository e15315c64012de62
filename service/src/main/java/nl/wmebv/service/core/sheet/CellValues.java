package nl.wmebv.service.core.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import nl.wmebv.service.vocabulary.Term;

/**
 * Reads the cells people write: ja/nee, a Dutch label of a vocabulary (or its code), a date as
 * 15-03-2026 (also 15-3-2026, 2026-03-15) or an Excel serial date, and CSV text our export
 * neutralised with a leading apostrophe.
 */
public final class CellValues {
  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Excel's day 0; serial 60 is its phantom 29-02-1900, which dates after it skip over. */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private CellValues() {}

  /**
   * The cell as text: blank is null, and the apostrophe our CSV export puts before a formula-like
   * cell is gone.
   */
  public static String text(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    return CsvCells.unneutral(cell.strip());
  }

  /** An e-mail address; blank is null (nobody). */
  public static String emailAddress(String cell) throws BadValue {
    String address = text(cell);
    if (address != null && !nl.wmebv.service.api.ProductPatch.isEmailAddress(address)) {
      throw new BadValue(
          "\"" + address + "\" is geen e-mailadres (zoals naam@gemeente.nl)",
          "not an e-mail address: " + address);
    }
    return address;
  }

  /** ja/nee (also j/n, yes/no, true/false, 1/0); blank is null (not decided). */
  public static Boolean yesNo(String cell) throws BadValue {
    String s = text(cell);
    if (s == null) {
      return null;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "ja", "j", "yes", "y", "true", "1", "x" -> true;
      case "nee", "n", "no", "false", "0" -> false;
      default ->
          throw new BadValue("\"" + s + "\" is geen ja of nee", "\"" + s + "\" is not yes or no");
    };
  }

  /** A date as dd-mm-jjjj, jjjj-mm-dd or an Excel serial number; blank is null. */
  public static LocalDate date(String cell) throws BadValue {
    String s = text(cell);
    if (s == null) {
      return null;
    }
    try {
      if (s.matches("\\d{1,5}(\\.\\d+)?")) {
        return fromExcel((long) Double.parseDouble(s));
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(s);
      }
      return LocalDate.parse(s.replace('/', '-'), DUTCH_DATE);
    } catch (DateTimeParseException e) {
      throw new BadValue(
          "\"" + s + "\" is geen datum (schrijf 15-03-2026)",
          "\"" + s + "\" is not a date (write 15-03-2026)");
    }
  }

  /**
   * The code of the vocabulary term whose Dutch label (or code) the cell holds, ignoring case;
   * blank is null.
   */
  public static <T extends Enum<T> & Term> String term(
      Class<T> vocabulary, String cell, String dutchField) throws BadValue {
    String s = text(cell);
    if (s == null) {
      return null;
    }
    for (T term : vocabulary.getEnumConstants()) {
      if (term.label().equalsIgnoreCase(s) || term.code().equalsIgnoreCase(s)) {
        return term.code();
      }
    }
    throw new BadValue(
        "\"" + s + "\" is geen toegestane waarde voor " + dutchField,
        "\"" + s + "\" is not an allowed value for " + vocabulary.getSimpleName());
  }

  static LocalDate fromExcel(long serial) {
    if (serial < 1 || serial > 2958465) {
      throw new DateTimeParseException("out of Excel's range", Long.toString(serial), 0);
    }
    return EXCEL_EPOCH.plusDays(serial < 61 ? serial + 1 : serial);
  }
}
