package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The body of PUT /api/sites/{id}: what a crawl of the site covers, {@code extraHosts} (more host
 * names in scope, e.g. a separate social-domain site), {@code includePatterns} and {@code
 * excludePatterns} (Java regular expressions on the URL; with include patterns only matching URLs
 * are crawled). Each list replaces the old one; a list left out stays as it is.
 */
public record SiteSettingsInput(
    List<String> extraHosts, List<String> includePatterns, List<String> excludePatterns) {
  private static final List<String> FIELDS =
      List.of("extraHosts", "includePatterns", "excludePatterns");
  private static final Pattern HOST =
      Pattern.compile(
          "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$");
  static final int MAX_ITEMS = 50;

  /**
   * Reads the body; 422 for an unknown field, a host that is no host name or a pattern that does
   * not compile.
   */
  public static SiteSettingsInput read(JsonNode body) {
    JsonInput in = new JsonInput(body, FIELDS);
    List<String> hosts = in.has("extraHosts") ? hosts(in) : null;
    List<String> include = in.has("includePatterns") ? patterns(in, "includePatterns") : null;
    List<String> exclude = in.has("excludePatterns") ? patterns(in, "excludePatterns") : null;
    in.check();
    return new SiteSettingsInput(hosts, include, exclude);
  }

  /** {@code extraHosts}: host names, lower-cased, without scheme, port or path. */
  static List<String> hosts(JsonInput in) {
    List<String> hosts =
        in.strings("extraHosts", MAX_ITEMS, 253).stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    for (String host : hosts) {
      if (!HOST.matcher(host).matches()) {
        in.error("extraHosts: '" + host + "' is not a host name (such as werkeninkampen.nl)");
      }
    }
    return hosts;
  }

  private static List<String> patterns(JsonInput in, String field) {
    List<String> patterns = in.strings(field, MAX_ITEMS, 500);
    for (String p : patterns) {
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        in.error(field + ": '" + p + "' is not a valid regular expression");
      }
    }
    return patterns;
  }
}
