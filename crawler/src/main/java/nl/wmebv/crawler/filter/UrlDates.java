package nl.wmebv.crawler.filter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates in a URL, as calendars spell them: a date-shaped path segment or query value
 * ({@code 2026-11}, {@code 2026-11-03}, {@code 03-11-2026}, {@code 2026/11}), consecutive
 * year/month/day segments ({@code /agenda/2026/11}), a compact {@code 202611} or a lone year under
 * a date-like parameter name, and month, day or week numbers beside a year ({@code
 * maand=11&jaar=2026}). The URL with its dates blanked is the pattern a calendar repeats for ever.
 * Numbers that are only numbers ({@code ?id=2026}) are no dates.
 */
final class UrlDates {
  /**
   * The URL's dates: its pattern (host, path and query with each date as {@code {date}}), values,
   * years.
   */
  record Found(String pattern, String dates, List<Integer> years) {}

  private static final String YEAR = "(19\\d\\d|20\\d\\d)";
  private static final String MONTH = "(0?[1-9]|1[0-2])";
  private static final String DAY = "(0?[1-9]|[12]\\d|3[01])";
  private static final Pattern SHAPED =
      Pattern.compile(
          String.join(
              "|",
              YEAR + "[-/.]" + MONTH + "([-/.]" + DAY + ")?",
              DAY + "[-/.]" + MONTH + "[-/.]" + YEAR,
              MONTH + "[-/.]" + YEAR,
              YEAR + "-?W\\d\\d?"));
  private static final Pattern COMPACT = Pattern.compile(YEAR + "(0[1-9]|1[0-2])([0-2]\\d|3[01])?");
  private static final Pattern YEAR_ONLY = Pattern.compile(YEAR);
  private static final Pattern SMALL =
      Pattern.compile("0?[1-9]|[1-4]\\d|5[0-3]"); // month, day or week
  private static final Pattern YEAR_IN =
      Pattern.compile("(?<!\\d)" + YEAR); // also the 2026 of 20261103
  private static final Pattern DATE_NAME =
      Pattern.compile(
          "(?i).*(datum|date|jaar|year|maand|month|dag|day|week|periode|period).*|y|j|m|d|w|yr|mnd|van|tot|from|to");
  private static final Pattern YEAR_NAME = Pattern.compile("(?i).*(jaar|year).*|y|j|yr");

  private UrlDates() {}

  /** The URL's dates, or empty when it has none. */
  static Optional<Found> of(URI uri) {
    List<String> dates = new ArrayList<>();
    String path = path(uri.getRawPath() == null ? "" : uri.getRawPath(), dates);
    String query = uri.getRawQuery() == null ? null : query(uri.getRawQuery(), dates);
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> years = new ArrayList<>();
    for (String d : dates) {
      Matcher m = YEAR_IN.matcher(d);
      while (m.find()) {
        years.add(Integer.parseInt(m.group(1)));
      }
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return Optional.of(
        new Found(
            host + path + (query == null ? "" : "?" + query), String.join(" ", dates), years));
  }

  private static String path(String path, List<String> dates) {
    String[] segments = path.split("/", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      String date = null;
      if (YEAR_ONLY.matcher(s).matches()) { // a year, then maybe its month and day: /2026/11/03
        date = s;
        if (i + 1 < segments.length && segments[i + 1].matches(MONTH)) {
          date += "/" + segments[++i];
          if (i + 1 < segments.length && segments[i + 1].matches(DAY)) {
            date += "/" + segments[++i];
          }
        }
      } else if (SHAPED.matcher(s).matches() || COMPACT.matcher(s).matches()) {
        date = s;
      }
      out.append(i == 0 ? "" : "/").append(date == null ? s : "{date}");
      if (date != null) {
        dates.add(date);
      }
    }
    return out.toString();
  }

  private static String query(String query, List<String> dates) {
    String[] parts = query.split("&", -1);
    boolean hasYear = dates.stream().anyMatch(d -> YEAR_IN.matcher(d).find());
    for (String part : parts) {
      int eq = part.indexOf('=');
      if (eq > 0
          && YEAR_NAME.matcher(part.substring(0, eq)).matches()
          && YEAR_ONLY.matcher(part.substring(eq + 1)).matches()) {
        hasYear = true;
      }
    }
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1).replace("%2F", "/").replace("%2f", "/");
      boolean date = isDate(name, value, hasYear);
      out.append(out.length() == 0 ? "" : "&").append(date ? name + "={date}" : part);
      if (date) {
        dates.add(name + "=" + value);
      }
    }
    return out.toString();
  }

  private static boolean isDate(String name, String value, boolean hasYear) {
    if (SHAPED.matcher(value).matches()) {
      return true;
    }
    if (!DATE_NAME.matcher(name).matches()) {
      return false;
    }
    return COMPACT.matcher(value).matches()
        || YEAR_ONLY.matcher(value).matches()
        || (hasYear && SMALL.matcher(value).matches());
  }
}
