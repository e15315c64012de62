package nl.wmebv.crawler.detect.product;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a page's URL says: home page, configured product or non-product paths, dates of news items.
 * Path words are hints for the score, never a veto: real product pages live under {@code /contact/}
 * or {@code /agenda/}.
 */
public final class UrlSignals {
  private static final Pattern DATE =
      Pattern.compile(".*/(19|20)\\d\\d[/-](0?[1-9]|1[0-2])([/-]|$).*");
  private static final Pattern HOME =
      Pattern.compile("^/?(index\\.\\w+|home|nl|nl/home|default\\.aspx)?/?$");
  private static final List<String> TOPIC_ROOTS =
      List.of(
          "onderwerpen",
          "inwoners",
          "ondernemers",
          "wonen",
          "leven",
          "ondernemen",
          "inwoner",
          "ondernemer",
          "wonen-en-leven",
          "burgers",
          "bedrijven");

  private UrlSignals() {}

  static String path(URI url) {
    String p = url.getPath();
    return p == null ? "" : p.toLowerCase(Locale.ROOT);
  }

  /**
   * The front page: {@code /}, {@code /index.php}, {@code /?}; never a page the query picks ({@code
   * /?page_id=12}).
   */
  static boolean isHome(URI url) {
    String query = url.getRawQuery();
    return (query == null || query.isEmpty()) && HOME.matcher(path(url)).matches();
  }

  static boolean hasDate(URI url) {
    return DATE.matcher(path(url)).matches();
  }

  /**
   * The configured product fragment the path has, followed by at least one more segment, or null.
   */
  public static String productPattern(URI url, List<String> patterns) {
    String p = path(url);
    for (String pattern : patterns) {
      String f = pattern.toLowerCase(Locale.ROOT);
      int i = p.indexOf(f);
      if (i >= 0 && p.substring(i + f.length()).replace("/", "").length() > 0) {
        return pattern;
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern FILE_EXTENSION =
      java.util.regex.Pattern.compile("\\.[a-z]+/$");
  private static final java.util.regex.Pattern EDGE_SLASHES =
      java.util.regex.Pattern.compile("^/|/$");

  /** The configured non-product fragment the path has as whole segment(s), or null. */
  static String nonProductPattern(URI url, List<String> patterns) {
    String p = path(url) + "/";
    for (String pattern : patterns) {
      String f = pattern.toLowerCase(Locale.ROOT);
      f = f.endsWith("/") ? f : f + "/";
      if (p.contains(f) || FILE_EXTENSION.matcher(p).replaceAll("/").contains(f)) {
        return pattern;
      }
    }
    return null;
  }

  /**
   * A path like /onderwerpen/&lt;topic&gt;/&lt;slug&gt;: a topic tree that often holds products.
   */
  static boolean topicLeaf(URI url) {
    String[] seg = EDGE_SLASHES.matcher(path(url)).replaceAll("").split("/");
    return seg.length >= 3 && TOPIC_ROOTS.contains(seg[0]);
  }

  /** "particulier" or "ondernemer" from /inwoners/ or /ondernemers/ paths, or null. */
  static String audience(URI url) {
    String p = path(url);
    boolean o =
        p.contains("/ondernemer") || p.contains("/bedrijven/") || p.contains("/ondernemen/");
    boolean i = p.contains("/inwoner") || p.contains("/burgers/") || p.contains("/particulier");
    return Audience.of(i, o);
  }
}
