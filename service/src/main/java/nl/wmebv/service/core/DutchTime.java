package nl.wmebv.service.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one home of Dutch time: the zone (Europe/Amsterdam) and how the web view and the exports
 * write times. The database and the JSON API keep UTC instants; only what people read is converted,
 * here.
 *
 * <ul>
 *   <li>a date and time: {@code 3-12-2026 07:50} ({@link #dateTime}), in tables, lists and exports;
 *   <li>a date alone: {@code 15-03-2026} ({@link #date}), in tables and exports;
 *   <li>in running text: {@code 3 december 2026 om 07:50} ({@link #inText}), or with the weekday
 *       for an appointment such as a cluster session: {@code donderdag 3 december 2026 om 07:50}
 *       ({@link #dayInText}).
 * </ul>
 *
 * Null, a time not known (yet), is written "—".
 */
public final class DutchTime {
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  /** The same date pattern in Excel's notation, for date cells of the XLSX export. */
  public static final String EXCEL_DATE = "dd-mm-yyyy";

  private static final String NONE = "—";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", DUTCH);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", DUTCH);
  private static final DateTimeFormatter IN_TEXT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH);
  private static final DateTimeFormatter DAY_IN_TEXT =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH);

  private static final DateTimeFormatter DATE_IN_TEXT =
      DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

  private static final java.util.regex.Pattern DUTCH_TYPED =
      java.util.regex.Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

  private DutchTime() {}

  /** "1 januari 2027", or "—" (a date as a legal text writes it). */
  public static String dateInText(LocalDate day) {
    return day == null ? NONE : DATE_IN_TEXT.format(day);
  }

  /** "3-12-2026 07:50" in Dutch time, or "—". */
  public static String dateTime(OffsetDateTime at) {
    return at == null ? NONE : DATE_TIME.format(local(at));
  }

  /** "15-03-2026", or "—"; a date has no zone, so it is written as it is. */
  public static String date(LocalDate day) {
    return day == null ? NONE : DATE.format(day);
  }

  /** "3 december 2026 om 07:50" in Dutch time, or "—". */
  public static String inText(OffsetDateTime at) {
    return at == null ? NONE : IN_TEXT.format(local(at));
  }

  /** "donderdag 3 december 2026 om 07:50" in Dutch time, or "—". */
  public static String dayInText(OffsetDateTime at) {
    return at == null ? NONE : DAY_IN_TEXT.format(local(at));
  }

  /**
   * A date a person typed the Dutch way ("15-12-2026", "1-3-2027") as yyyy-mm-dd, the form the
   * shared validation reads; anything else is given back as typed, so that validation names it.
   */
  public static String isoDate(String typed) {
    java.util.regex.Matcher m = DUTCH_TYPED.matcher(typed.strip());
    if (!m.matches()) {
      return typed;
    }
    return String.format(
        Locale.ROOT,
        "%s-%02d-%02d",
        m.group(3),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(1)));
  }

  /** The same instant as the wall-clock time in the Netherlands (CET in winter, CEST in summer). */
  public static OffsetDateTime local(OffsetDateTime at) {
    return at.atZoneSameInstant(ZONE).toOffsetDateTime();
  }
}
