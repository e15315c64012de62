package nl.wmebv.service.api;

import java.util.Set;

/**
 * The filters, sort and page of a product list; every field is optional (null or empty = no
 * filter). {@code clusterId} 0 means "products without a cluster"; {@code inScope} is "true",
 * "false" or "undecided"; {@code flags} holds "new", "review" and/or "gone" (all must hold).
 */
public record ProductFilter(
    Long clusterId,
    String channelStatus,
    String actionStatus,
    Set<String> flags,
    String textStatus,
    String text,
    String inScope,
    ProductSort sort,
    boolean descending,
    int page,
    int size) {

  /** The first page of 50 by name, no filter. */
  public static ProductFilter all() {
    return new ProductFilter(
        null, null, null, Set.of(), null, null, null, ProductSort.NAME, false, 1, 50);
  }
}
