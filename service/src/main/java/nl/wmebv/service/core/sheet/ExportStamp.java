package nl.wmebv.service.core.sheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import nl.wmebv.service.core.DutchTime;

/**
 * The "Geëxporteerd op 04-12-2026 17:46" line our export writes (CSV: above the headings; XLSX:
 * right of the "Samenvatting" headings) and the import reads back to protect decisions made in the
 * tool after it. A date without a time means the start of that day, so a decision made later that
 * day is protected too.
 */
public final class ExportStamp {
  /** The words that open the line. */
  public static final String PREFIX = "Geëxporteerd op";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm");

  private ExportStamp() {}

  /** The line for an export made at {@code at}. */
  public static String line(OffsetDateTime at) {
    return PREFIX + " " + at.atZoneSameInstant(DutchTime.ZONE).format(DATE_TIME);
  }

  /** True when the cell is such a line. */
  public static boolean is(String cell) {
    return cell != null && cell.strip().startsWith(PREFIX);
  }

  /** The moment in the line, or null when it cannot be read. */
  public static OffsetDateTime parse(String cell) {
    String rest = cell.strip().substring(PREFIX.length()).strip();
    try {
      return LocalDateTime.parse(rest, DATE_TIME).atZone(DutchTime.ZONE).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      try {
        LocalDate day = CellValues.date(rest);
        return day == null ? null : day.atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
      } catch (BadValue bad) {
        return null;
      }
    }
  }
}
