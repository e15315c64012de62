package nl.wmebv.service.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.service.core.DutchTime;

/**
 * The crawl schedules a person sets in the web view, in Dutch: "elke maandag om 03:00" (a weekly
 * cron), "elke dag om 03:00" (a daily cron) or "elke 7 dagen" (an interval), and back to the API's
 * cron or ISO-8601 interval. Any other cron expression (set through the API) is only described,
 * never rewritten.
 */
public record DutchSchedule(Kind kind, DayOfWeek day, LocalTime time, Integer days) {
  /** The kinds the form offers. */
  public enum Kind {
    WEEKLY,
    DAILY,
    EVERY_DAYS
  }

  private static final Pattern SIMPLE_CRON =
      Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) [*?] \\* ([*?]|MON|TUE|WED|THU|FRI|SAT|SUN)");

  /** The cron expression (six fields, seconds first) or null for an interval. */
  public String cron() {
    return switch (kind) {
      case WEEKLY -> "0 " + time.getMinute() + " " + time.getHour() + " * * " + code(day);
      case DAILY -> "0 " + time.getMinute() + " " + time.getHour() + " * * *";
      case EVERY_DAYS -> null;
    };
  }

  /** The ISO-8601 interval, or null for a cron. */
  public String interval() {
    return kind == Kind.EVERY_DAYS ? "P" + days + "D" : null;
  }

  /** "elke maandag om 03:00", "elke dag om 03:00", "elke 7 dagen". */
  public String words() {
    return switch (kind) {
      case WEEKLY -> "elke " + dayName(day) + " om " + clock(time);
      case DAILY -> "elke dag om " + clock(time);
      case EVERY_DAYS -> days == 1 ? "elke dag" : "elke " + days + " dagen";
    };
  }

  /** The form's reading of a stored schedule; empty for a cron or interval the form cannot show. */
  public static Optional<DutchSchedule> of(String cron, String interval) {
    if (cron != null) {
      Matcher m = SIMPLE_CRON.matcher(cron.strip());
      if (!m.matches() || Integer.parseInt(m.group(1)) > 59 || Integer.parseInt(m.group(2)) > 23) {
        return Optional.empty();
      }
      LocalTime time = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      String day = m.group(3);
      return Optional.of(
          day.equals("*") || day.equals("?")
              ? new DutchSchedule(Kind.DAILY, null, time, null)
              : new DutchSchedule(Kind.WEEKLY, fromCode(day), time, null));
    }
    if (interval != null) {
      try {
        Duration d = Duration.parse(interval);
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
          return Optional.of(new DutchSchedule(Kind.EVERY_DAYS, null, null, (int) d.toDays()));
        }
      } catch (DateTimeParseException | ArithmeticException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Any stored schedule in Dutch words: the form's kinds as such, other intervals and crons
   * described.
   */
  public static String describe(String cron, String interval) {
    Optional<DutchSchedule> simple = of(cron, interval);
    if (simple.isPresent()) {
      return simple.get().words();
    }
    if (interval != null) {
      try {
        Duration d = Duration.parse(interval);
        return d.toMinutes() % 60 == 0
            ? "elke " + d.toHours() + " uur"
            : "elke " + d.toMinutes() + " minuten";
      } catch (DateTimeParseException e) {
        return interval;
      }
    }
    return cron == null ? "geen schema" : "volgens de cron-uitdrukking ‘" + cron + "’";
  }

  /** "maandag". */
  public static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, DutchTime.DUTCH);
  }

  /** "MON", as cron writes the day. */
  public static String code(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  private static DayOfWeek fromCode(String code) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (code(d).equals(code.toUpperCase(Locale.ROOT))) {
        return d;
      }
    }
    throw new IllegalArgumentException(code);
  }

  private static String clock(LocalTime time) {
    return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }
}
