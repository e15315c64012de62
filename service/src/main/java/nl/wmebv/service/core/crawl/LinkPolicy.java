package nl.wmebv.service.core.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs from outside (an SC feed's aanvraagURL, a crawled page's links, a register entry) may
 * be used as a link or a channel: http, https, mailto and tel only. Anything else (javascript:,
 * data:, vbscript:, a relative or broken address) is kept as text where it is stored, but never
 * linked, checked, proposed or designated. The web templates apply the same rule in {@code
 * views/partials/link.ftlh}.
 */
public final class LinkPolicy {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
  private static final Set<String> WEB = Set.of("http", "https");

  private LinkPolicy() {}

  /**
   * True when the URL is absolute with one of the four schemes (surrounding white space ignored).
   */
  public static boolean linkable(String url) {
    return hasScheme(url, SCHEMES);
  }

  /** True when the URL is linkable and a web page (http or https): the links the exports make. */
  public static boolean webPage(String url) {
    return hasScheme(url, WEB);
  }

  private static boolean hasScheme(String url, Set<String> schemes) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      String scheme = new URI(url.strip()).getScheme();
      return scheme != null && schemes.contains(scheme.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
