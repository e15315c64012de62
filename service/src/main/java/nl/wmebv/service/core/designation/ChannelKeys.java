package nl.wmebv.service.core.designation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * When two channel URLs name the same channel: scheme, "www.", a trailing slash and the fragment do
 * not count, an e-mail address is compared without case, and every link to a national portal (the
 * Omgevingsloket at omgevingswet.overheid.nl and the older omgevingsloket.nl, Berichtenbox voor
 * Bedrijven) is that one portal, whatever page of it a product page links to.
 */
public final class ChannelKeys {
  static final String OMGEVINGSLOKET = "portal:omgevingsloket.nl";
  static final String BERICHTENBOX = "portal:berichtenbox-voor-bedrijven";

  private ChannelKeys() {}

  /** The matching key of a URL (never null; a URL that does not parse is its own key). */
  public static String key(String url) {
    String s = url == null ? "" : url.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:")) {
      String address = lower.substring(7);
      int q = address.indexOf('?');
      return "mailto:" + (q < 0 ? address : address.substring(0, q));
    }
    try {
      URI u = new URI(s);
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      host = host.startsWith("www.") ? host.substring(4) : host;
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      if (host.equals("omgevingsloket.nl")
          || host.endsWith(".omgevingsloket.nl")
          || host.equals("omgevingswet.overheid.nl")) { // the Omgevingsloket's current address
        return OMGEVINGSLOKET;
      }
      if (host.contains("berichtenbox")
          || host.contains("mijnoverheidzakelijk")
          || path.toLowerCase(Locale.ROOT).contains("berichtenbox")) {
        return BERICHTENBOX;
      }
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String port = u.getPort() < 0 ? "" : ":" + u.getPort();
      return host + port + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    } catch (URISyntaxException e) {
      return lower;
    }
  }

  /**
   * The register kind of a national portal URL (OMGEVINGSLOKET, BERICHTENBOX_BEDRIJVEN), or null.
   */
  public static String portalKind(String url) {
    String key = key(url);
    return key.equals(OMGEVINGSLOKET)
        ? "OMGEVINGSLOKET"
        : key.equals(BERICHTENBOX) ? "BERICHTENBOX_BEDRIJVEN" : null;
  }

  /** True when the two URLs name the same channel. */
  public static boolean same(String a, String b) {
    return a != null && b != null && key(a).equals(key(b));
  }
}
