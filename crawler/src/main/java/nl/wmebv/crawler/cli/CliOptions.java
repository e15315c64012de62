package nl.wmebv.crawler.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The parsed command line; {@link #parse} throws {@link UsageException} with one clear message. */
record CliOptions(
    URI base,
    Path out,
    Integer maxPages,
    Integer maxDepth,
    Integer threads,
    Long delayMs,
    Integer perHost,
    List<String> includes,
    List<String> excludes,
    String userAgent,
    boolean allowPrivate,
    boolean noAnalysis,
    boolean help) {

  static final String USAGE =
      """
      usage: java -jar wmebv-crawler-cli.jar <base-url> --out pages.jsonl [options]
        --out FILE          write one JSON object per page to FILE (required)
        --max-pages N       stop admitting URLs after N (default 20000)
        --max-depth N       link depth limit (default 50)
        --threads N         fetching threads (default 4)
        --delay-ms N        pause per host between requests (default 500; 0 = bench mode)
        --per-host N        requests in flight per host (default 1, or --threads when --delay-ms 0)
        --include REGEX     only URLs whose path+query matches (repeatable)
        --exclude REGEX     skip URLs whose path+query matches (repeatable)
        --user-agent S      User-Agent header (name the tool and a contact URL)
        --allow-private     allow loopback and private addresses (demo and tests only)
        --no-analysis       crawl only: no page analysis and no channel checks (benchmarks)
        --help              this text""";

  /** Thrown for bad arguments; the message is shown above the usage text. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  static CliOptions parse(String[] args) throws UsageException {
    URI base = null;
    Path out = null;
    Integer maxPages = null, maxDepth = null, threads = null, perHost = null;
    Long delay = null;
    List<String> includes = new ArrayList<>();
    List<String> excludes = new ArrayList<>();
    String userAgent = null;
    boolean allowPrivate = false;
    boolean noAnalysis = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help", "-h" -> {
          return new CliOptions(
              null, null, null, null, null, null, null, List.of(), List.of(), null, false, false,
              true);
        }
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--max-pages" -> maxPages = positive(value(args, ++i, a), a);
        case "--max-depth" -> maxDepth = positive(value(args, ++i, a), a);
        case "--threads" -> threads = positive(value(args, ++i, a), a);
        case "--per-host" -> perHost = positive(value(args, ++i, a), a);
        case "--delay-ms" -> {
          int d = number(value(args, ++i, a), a);
          if (d < 0) {
            throw new UsageException("--delay-ms must be 0 or more");
          }
          delay = (long) d;
        }
        case "--include" -> includes.add(regex(value(args, ++i, a), a));
        case "--exclude" -> excludes.add(regex(value(args, ++i, a), a));
        case "--user-agent" -> userAgent = value(args, ++i, a);
        case "--allow-private" -> allowPrivate = true;
        case "--no-analysis" -> noAnalysis = true;
        default -> {
          if (a.startsWith("-")) {
            throw new UsageException("unknown option " + a);
          }
          if (base != null) {
            throw new UsageException(
                "only one base URL may be given (got " + base + " and " + a + ")");
          }
          base = baseUrl(a);
        }
      }
    }
    if (base == null) {
      throw new UsageException("missing <base-url>");
    }
    if (out == null) {
      throw new UsageException("missing --out FILE");
    }
    return new CliOptions(
        base,
        out,
        maxPages,
        maxDepth,
        threads,
        delay,
        perHost,
        includes,
        excludes,
        userAgent,
        allowPrivate,
        noAnalysis,
        false);
  }

  private static URI baseUrl(String s) throws UsageException {
    try {
      URI u = new URI(s.strip());
      if (u.getScheme() == null
          || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
          || u.getHost() == null) {
        throw new UsageException(
            "base URL must be an absolute http:// or https:// URL with a host: " + s);
      }
      if (u.getRawUserInfo() != null) {
        throw new UsageException("base URL must not contain user credentials: " + s);
      }
      return u.getRawPath() == null || u.getRawPath().isEmpty() ? u.resolve("/") : u;
    } catch (java.net.URISyntaxException e) {
      throw new UsageException("invalid base URL: " + e.getMessage());
    }
  }

  private static String value(String[] args, int i, String option) throws UsageException {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String s, String option) throws UsageException {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a whole number, not '" + s + "'");
    }
  }

  private static int positive(String s, String option) throws UsageException {
    int n = number(s, option);
    if (n < 1) {
      throw new UsageException(option + " must be at least 1");
    }
    return n;
  }

  private static String regex(String s, String option) throws UsageException {
    try {
      Pattern.compile(s);
      return s;
    } catch (PatternSyntaxException e) {
      throw new UsageException(
          option + " has an invalid regular expression: " + e.getDescription());
    }
  }
}
