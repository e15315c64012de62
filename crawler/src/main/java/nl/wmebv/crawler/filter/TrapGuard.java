package nl.wmebv.crawler.filter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Applies {@link TrapLimits} to URLs the crawler has not seen yet: static rules (length, depth,
 * repeated segments, parameter count, {@code &amp;amp;} loops) and calendars: a URL with a date
 * (see {@link UrlDates}) is refused when its year is far from today, when its pattern has taken
 * {@code maxDatesPerPattern} dates, or when two pages of the pattern differed only in their dates
 * (an endless "next month" chain). Query variants without a date are never counted: a query-routed
 * site is as large as it is. Thread-safe; call {@link #admit} once per new URL, since it counts,
 * and {@link #observe} with each fetched body.
 */
public final class TrapGuard {
  static final int MAX_YEARS_AHEAD = 2;
  static final int MAX_YEARS_BACK = 20;
  private static final Pattern AMP_LOOP = Pattern.compile("(?i)amp;amp;");
  private static final Pattern DATE_WORDS =
      Pattern.compile(
          "(?iu)\\d+|\\b(januari|februari|maart|april|mei|juni"
              + "|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october"
              + "|jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|maandag|dinsdag|woensdag|donderdag|vrijdag"
              + "|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo)\\b");

  private final TrapLimits limits;
  private final int thisYear;
  private final Map<String, Family> families = new ConcurrentHashMap<>();

  public TrapGuard(TrapLimits limits) {
    this(limits, Year.now().getValue());
  }

  TrapGuard(TrapLimits limits, int thisYear) {
    this.limits = limits;
    this.thisYear = thisYear;
  }

  /** The URLs of one date pattern; guarded by its own lock. */
  private static final class Family {
    final Set<String> dates = new HashSet<>();
    final Set<String> prints = new HashSet<>();
    String closedBecause;
    String farDates;
    int refused;
  }

  /**
   * Patterns an earlier crawl recognised as traps ({@link Trap#pattern()}): their URLs are refused
   * from the start, so a re-crawl does not walk the calendar again; they are reported again as
   * traps.
   */
  public void avoid(Collection<String> patterns) {
    for (String pattern : patterns) {
      Family f = families.computeIfAbsent(pattern, k -> new Family());
      synchronized (f) {
        f.closedBecause = "calendar recognised by an earlier crawl";
      }
    }
  }

  /** Empty when the URL may enter the frontier (and counts it), else the rule that refused it. */
  public Optional<String> admit(URI uri) {
    Optional<String> rule = check(uri);
    if (rule.isPresent()) {
      return rule;
    }
    Optional<UrlDates.Found> found = UrlDates.of(uri);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Family f = families.computeIfAbsent(found.get().pattern(), k -> new Family());
    synchronized (f) {
      String refusal = refusal(f, found.get());
      if (refusal != null) {
        f.refused++;
        return Optional.of(refusal);
      }
      f.dates.add(found.get().dates());
      return Optional.empty();
    }
  }

  private String refusal(Family f, UrlDates.Found found) {
    if (f.closedBecause != null) {
      return f.closedBecause;
    }
    if (found.years().stream()
        .anyMatch(y -> y > thisYear + MAX_YEARS_AHEAD || y < thisYear - MAX_YEARS_BACK)) {
      f.farDates = "dates far from today (" + found.dates() + ")";
      return f.farDates;
    }
    if (!f.dates.contains(found.dates()) && f.dates.size() >= limits.maxDatesPerPattern()) {
      f.closedBecause =
          "calendar: more than " + limits.maxDatesPerPattern() + " dates in one URL pattern";
      return f.closedBecause;
    }
    return null;
  }

  /**
   * A page of the URL was fetched: when an earlier page of its date pattern had the same body but
   * for digits and month and day names, the pattern is an endless chain of empty dates and admits
   * no more.
   */
  public void observe(URI uri, byte[] body) {
    Optional<UrlDates.Found> found = UrlDates.of(uri);
    if (found.isEmpty() || body == null) {
      return;
    }
    Family f = families.computeIfAbsent(found.get().pattern(), k -> new Family());
    String print = datelessPrint(body);
    synchronized (f) {
      if (!f.prints.add(print) && f.closedBecause == null) {
        f.closedBecause = "calendar: pages that differ only in their dates";
      }
    }
  }

  /** The URL patterns recognised as traps so far, with how many of their URLs were refused. */
  public List<Trap> traps() {
    return families.entrySet().stream()
        .map(
            e -> {
              Family f = e.getValue();
              synchronized (f) {
                String reason = f.closedBecause != null ? f.closedBecause : f.farDates;
                return reason == null ? null : new Trap(e.getKey(), reason, f.refused);
              }
            })
        .filter(t -> t != null)
        .sorted(Comparator.comparing(Trap::pattern))
        .toList();
  }

  /** The static rules only; counts nothing. */
  public Optional<String> check(URI uri) {
    String s = uri.toString();
    if (s.length() > limits.maxUrlLength()) {
      return Optional.of("URL longer than " + limits.maxUrlLength() + " characters");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String[] segments = path.split("/");
    Map<String, Integer> counts = new HashMap<>();
    int depth = 0;
    for (String segment : segments) {
      if (segment.isEmpty()) {
        continue;
      }
      depth++;
      if (counts.merge(segment, 1, Integer::sum) > limits.maxRepeatedSegment()) {
        return Optional.of(
            "path segment '"
                + segment
                + "' repeated more than "
                + limits.maxRepeatedSegment()
                + " times");
      }
    }
    if (depth > limits.maxPathDepth()) {
      return Optional.of("path deeper than " + limits.maxPathDepth() + " segments");
    }
    String query = uri.getRawQuery();
    if (query != null && query.split("&").length > limits.maxQueryParams()) {
      return Optional.of("more than " + limits.maxQueryParams() + " query parameters");
    }
    if (query != null && AMP_LOOP.matcher(query).find()) {
      // each page of the classic loop escapes its own links once more: &amp; -> &amp;amp; -> ...
      return Optional.of("escaped '&amp;' loop in the query");
    }
    return Optional.empty();
  }

  static String datelessPrint(byte[] body) {
    String text =
        DATE_WORDS
            .matcher(new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT))
            .replaceAll("");
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
