package nl.wmebv.service.core.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmebv.crawler.filter.UrlNormalizer;

/**
 * Finds the product a row is about: by Nr. (product id) first, then by page URL normalised as the
 * crawler does ({@link UrlNormalizer}), then by name or uniform name, ignoring case and spacing.
 * Null means: a new product.
 */
public final class RowMatcher {
  /** What the matcher knows of one existing product of the municipality. */
  public record Known(long id, String pageUrl, String name, String uniformName) {}

  private final UrlNormalizer normalizer = new UrlNormalizer();
  private final Map<Long, Known> byId = new HashMap<>();
  private final Map<String, Long> byUrl = new HashMap<>();
  private final Map<String, Long> byName = new HashMap<>();

  public RowMatcher(List<Known> products) {
    for (Known k : products) {
      byId.put(k.id(), k);
      if (k.pageUrl() != null) {
        byUrl.putIfAbsent(url(k.pageUrl()), k.id());
      }
      if (k.name() != null) {
        byName.putIfAbsent(key(k.name()), k.id());
      }
    }
    for (Known k : products) {
      if (k.uniformName() != null) {
        byName.putIfAbsent(key(k.uniformName()), k.id());
      }
    }
  }

  /** The id of the product the row is about, or null when none matches. */
  public Long match(ParsedRow row) {
    Object id = row.values().get(ImportField.PRODUCT_ID);
    if (id instanceof Long l && byId.containsKey(l)) {
      return l;
    }
    if (row.values().get(ImportField.PAGE_URL) instanceof String u && byUrl.containsKey(url(u))) {
      return byUrl.get(url(u));
    }
    for (ImportField f : List.of(ImportField.NAME, ImportField.UNIFORM_NAME)) {
      if (row.values().get(f) instanceof String n && byName.containsKey(key(n))) {
        return byName.get(key(n));
      }
    }
    return null;
  }

  private String url(String url) {
    try {
      return normalizer.normalize(url.strip());
    } catch (RuntimeException e) {
      return url.strip();
    }
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
