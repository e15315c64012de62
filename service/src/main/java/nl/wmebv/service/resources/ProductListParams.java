package nl.wmebv.service.resources;

import jakarta.ws.rs.BadRequestException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.wmebv.service.api.ProductFilter;
import nl.wmebv.service.api.ProductSort;
import nl.wmebv.service.api.Vocabulary;

/**
 * Turns the query parameters of the product list into a {@link ProductFilter}; 400 naming a bad
 * parameter.
 */
public final class ProductListParams {
  static final int MAX_SIZE = 200;
  static final int DEFAULT_SIZE = 50;

  private ProductListParams() {}

  public static ProductFilter parse(
      String cluster,
      String channelStatus,
      String actionStatus,
      List<String> flags,
      String textStatus,
      String q,
      String inScope,
      String sort,
      String page,
      String size) {
    Long clusterId =
        blank(cluster)
            ? null
            : "none".equals(cluster)
                ? Long.valueOf(0)
                : number("cluster", cluster, 1, Long.MAX_VALUE, "a cluster id or \"none\"");
    Set<String> flagSet = new LinkedHashSet<>();
    for (String flag : flags == null ? List.<String>of() : flags) {
      flagSet.add(oneOf("flag", flag, Vocabulary.FLAGS));
    }
    if (q != null && q.length() > 200) {
      throw new BadRequestException("q must be at most 200 characters");
    }
    String scope =
        blank(inScope) ? null : oneOf("inScope", inScope, List.of("true", "false", "undecided"));
    String[] sortParts = blank(sort) ? new String[] {"name"} : sort.strip().split(",", -1);
    boolean descending = sortParts[0].startsWith("-");
    String sortField = descending ? sortParts[0].substring(1) : sortParts[0];
    if (sortParts.length > 2
        || sortParts.length == 2
            && (descending
                || !List.of("asc", "desc").contains(sortParts[1].toLowerCase(Locale.ROOT)))) {
      throw new BadRequestException(sortMessage());
    }
    descending |= sortParts.length == 2 && "desc".equalsIgnoreCase(sortParts[1]);
    ProductSort order;
    try {
      order = ProductSort.valueOf(sortField.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(sortMessage());
    }
    Paging paging = paging(page, size);
    return new ProductFilter(
        clusterId,
        opt("channelStatus", channelStatus, Vocabulary.CHANNEL_STATUSES),
        opt("actionStatus", actionStatus, Vocabulary.ACTION_STATUSES),
        flagSet,
        opt("textStatus", textStatus, Vocabulary.TEXT_STATUSES),
        blank(q) ? null : q,
        scope,
        order,
        descending,
        paging.page(),
        paging.size());
  }

  /** Reads a page number and size for other lists (the audit log). */
  static Paging paging(String page, String size) {
    int pageNumber =
        blank(page) ? 1 : (int) number("page", page, 1, 1_000_000, "a page number from 1");
    int pageSize =
        blank(size)
            ? DEFAULT_SIZE
            : (int) number("size", size, 1, MAX_SIZE, "from 1 to " + MAX_SIZE);
    return new Paging(pageNumber, pageSize);
  }

  /** A page number (from 1) and size. */
  record Paging(int page, int size) {}

  private static String sortMessage() {
    return "sort must be one of name, cluster, status, updated, optionally as -field or field,asc / field,desc";
  }

  private static String opt(String name, String value, List<String> allowed) {
    return blank(value) ? null : oneOf(name, value, allowed);
  }

  private static String oneOf(String name, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new BadRequestException(name + " must be one of " + String.join(", ", allowed));
    }
    return value;
  }

  private static long number(String name, String value, long min, long max, String expected) {
    try {
      long n = Long.parseLong(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new BadRequestException(name + " must be " + expected + ", not \"" + value + "\"");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
