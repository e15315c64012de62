package nl.wmebv.service.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs from outside (an SC feed's aanvraagURL, a crawled page's links, a register entry) may be used as a
 * link or a channel: http, https, mailto and tel only. Anything else (javascript:, data:, vbscript:, a relative or
 * broken address) is kept as text where it is stored, but never linked, checked, proposed or designated. The web
 * templates apply the same rule in {@code views/partials/link.ftlh}.
 */
public final class LinkPolicy {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

  private LinkPolicy() {}

  /** True when the URL is absolute with one of the four schemes (surrounding white space ignored). */
  public static boolean linkable(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      String scheme = new URI(url.strip()).getScheme();
      return scheme != null && SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
