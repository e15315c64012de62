package nl.wmebv.crawler.filter;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns a URL as linked into the one spelling the crawler counts, changing only what provably names
 * the same resource: crawler-commons {@link BasicURLNormalizer} for scheme and host case, default
 * port, dot segments and path escapes, plus our own rules for what it gets wrong or leaves alone:
 * the query is never handed to it (1.6 turns {@code /c%7e?b=2&a=1} into {@code /c~?b?2&a=1}),
 * escapes in the query, {@code ;jsessionid=} path parameters, session and tracking query
 * parameters. The path's file name ({@code index.php}) and the order of the query's parameters stay
 * as linked: on a query-routed site they name other pages. Whether two spellings are one page only
 * the server can say (redirect, canonical, same body). Thread-safe.
 */
public final class UrlNormalizer {
  private static final Set<String> SESSION_PARAMS =
      Set.of(
          "jsessionid",
          "phpsessid",
          "sid",
          "sessionid",
          "session_id",
          "aspsessionid",
          "cfid",
          "cftoken");
  private static final Set<String> TRACKING_PARAMS =
      Set.of(
          "gclid",
          "gclsrc",
          "dclid",
          "fbclid",
          "msclkid",
          "yclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "mkt_tok",
          "_hsenc",
          "_hsmi",
          "wt.mc_id");
  private static final Pattern PATH_SESSION =
      Pattern.compile(";(jsessionid|phpsessid|sid|sessionid)=[^/?#]*", Pattern.CASE_INSENSITIVE);
  private static final String QUERY_SAFE = "-._~!$'()*+,;=:@/?";

  private static final int CACHE_SIZE = 20_000;
  private static final String INVALID = new String("invalid"); // identity marker for cached nulls

  private final BasicURLNormalizer basic = new BasicURLNormalizer();
  // header and footer links repeat on every page: normalizing them once saves most of the work
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  /** The normalized absolute URL, or null when it is not a valid http(s) URL. */
  public String normalize(String url) {
    if (url == null) {
      return null;
    }
    String cached = cache.get(url);
    if (cached != null) {
      return cached == INVALID ? null : cached;
    }
    String result = compute(url);
    if (cache.size() >= CACHE_SIZE) {
      cache.clear(); // crude but bounded; the chrome links come back within a page or two
    }
    cache.put(url, result == null ? INVALID : result);
    return result;
  }

  private String compute(String url) {
    String s = url.strip();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return null;
    }
    int q = s.indexOf('?');
    String base = q < 0 ? s : s.substring(0, q);
    String query = q < 0 ? "" : s.substring(q + 1);
    if (base.indexOf(';') >= 0) {
      base = PATH_SESSION.matcher(base).replaceAll("");
    }
    String normalized = basic.filter(base);
    if (normalized == null) {
      return null;
    }
    String cleanQuery = normalizeQuery(query);
    String result = cleanQuery.isEmpty() ? normalized : normalized + "?" + cleanQuery;
    try {
      URI uri = new URI(result);
      return uri.getHost() == null ? null : result;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** Normalizes and parses; null when invalid. */
  public URI normalizeToUri(String url) {
    String n = normalize(url);
    return n == null ? null : URI.create(n);
  }

  /**
   * The query with its escapes normalized and session/tracking parameters and empty pairs left out;
   * the parameters keep their order ({@code &amp;amp;} loops are a trap rule, not a spelling:
   * {@link TrapGuard}).
   */
  static String normalizeQuery(String query) {
    if (query.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String part : query.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      String p = encode(part);
      int eq = p.indexOf('=');
      String name = eq < 0 ? p : p.substring(0, eq);
      String key = name.toLowerCase(Locale.ROOT);
      if (SESSION_PARAMS.contains(key) || TRACKING_PARAMS.contains(key) || key.startsWith("utm_")) {
        continue;
      }
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(p);
    }
    return out.toString();
  }

  /** Percent-encodes what must be, decodes escaped unreserved characters, upper-cases escapes. */
  private static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
          int v = Integer.parseInt(s.substring(i + 1, i + 3), 16);
          if (isUnreserved((char) v)) {
            out.append((char) v);
          } else {
            out.append('%').append(s.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
          }
          i += 2;
        } else {
          out.append("%25");
        }
      } else if (c < 128 && (isUnreserved(c) || QUERY_SAFE.indexOf(c) >= 0)) {
        out.append(c);
      } else {
        int cp = s.codePointAt(i);
        if (Character.isSupplementaryCodePoint(cp)) {
          i++;
        }
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%')
              .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
