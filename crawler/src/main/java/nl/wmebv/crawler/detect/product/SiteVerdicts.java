package nl.wmebv.crawler.detect.product;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What people decided about a site's pages ("Dit is geen product", "Dit is wel een product"), given
 * to the next crawl: the page itself follows the decision, whatever the detector finds, and its
 * template siblings (pages of the same URL shape: {@code /nieuws/bericht-1} and {@code
 * /nieuws/bericht-2}, {@code index.php?pagina=product&id=4} and {@code &id=9}) take it as strong
 * evidence, so that one correction fixes the pages like it unless their own evidence is stronger. A
 * shape needs a fixed part besides the varying one: top-level paths and single-parameter routers
 * ({@code index.php?id=N}, {@code ?page_id=N}) have no siblings, since they hold every kind of
 * page.
 */
public final class SiteVerdicts {
  /**
   * The decision for one page: product or not, the corrected page it comes from, and whether it is
   * a sibling's.
   */
  public record Verdict(boolean product, String correctedUrl, boolean sibling) {}

  private static final SiteVerdicts NONE = new SiteVerdicts(Map.of());

  private final Map<String, Boolean> byUrl;
  private final Map<String, List<String>> byShape = new HashMap<>();

  private SiteVerdicts(Map<String, Boolean> byUrl) {
    this.byUrl = Map.copyOf(byUrl);
    byUrl.forEach(
        (url, product) -> {
          String shape = shape(URI.create(url));
          if (shape != null) {
            byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(url);
          }
        });
  }

  public static SiteVerdicts none() {
    return NONE;
  }

  /**
   * @param productByUrl per page URL (as the crawler records it) true for "wel een product", false
   *     for "geen"
   */
  public static SiteVerdicts of(Map<String, Boolean> productByUrl) {
    return productByUrl.isEmpty() ? NONE : new SiteVerdicts(productByUrl);
  }

  /** The person's decision for this page, or else its siblings' (when they agree), or empty. */
  public Optional<Verdict> of(URI url) {
    Boolean own = byUrl.get(url.toString());
    if (own != null) {
      return Optional.of(new Verdict(own, url.toString(), false));
    }
    String shape = shape(url);
    List<String> corrected = shape == null ? List.of() : byShape.getOrDefault(shape, List.of());
    if (corrected.isEmpty() || corrected.stream().map(byUrl::get).distinct().count() > 1) {
      return Optional.empty(); // no sibling corrected, or people decided both ways: no evidence
    }
    return Optional.of(new Verdict(byUrl.get(corrected.get(0)), corrected.get(0), true));
  }

  /**
   * The URL's shape: host, the path without its last segment and the query with numeric values as
   * {@code *}; null when the shape would hold every kind of page (a top-level path, a query of
   * numbers only).
   */
  static String shape(URI url) {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    String host = String.valueOf(url.getHost()).toLowerCase(java.util.Locale.ROOT);
    if (url.getRawQuery() == null) {
      String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      int slash = trimmed.lastIndexOf('/');
      return slash <= 0 ? null : host + trimmed.substring(0, slash) + "/*";
    }
    Map<String, String> params = new TreeMap<>();
    boolean fixed = false;
    boolean varying = false;
    for (String part : url.getRawQuery().split("&")) {
      int eq = part.indexOf('=');
      String key = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      boolean number = value.matches("\\d+");
      params.put(key, number ? "*" : value);
      fixed |= !number;
      varying |= number;
    }
    return fixed && varying ? host + path + "?" + params : null;
  }
}
