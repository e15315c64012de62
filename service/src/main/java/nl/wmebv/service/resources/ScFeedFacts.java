package nl.wmebv.service.resources;

import java.util.List;
import nl.wmebv.service.api.ProductUplJson;
import nl.wmebv.service.core.sc.Coverage;
import nl.wmebv.service.core.sc.Discrepancy;

/**
 * The SC feed API's computations (coverage, discrepancies, the UPL view of a product) for the web view, on the
 * same instance the API uses, so a UPL uploaded through the API counts for the pages at once.
 */
public final class ScFeedFacts {
  private final ScFeedResource feed;

  public ScFeedFacts(ScFeedResource feed) {
    this.feed = feed;
  }

  /** The municipality's coverage; NotFoundException for an unknown municipality. */
  public Coverage coverage(long municipalityId) {
    return feed.coverage(municipalityId);
  }

  /** Every discrepancy of the municipality's feed products, ordered by product name. */
  public List<Discrepancy> discrepancies(long municipalityId) {
    return feed.discrepancies(municipalityId);
  }

  /** The UPL's flags and proposals for a product; NotFoundException for an unknown product. */
  public ProductUplJson productUpl(long productId) {
    return feed.productUpl(productId);
  }
}
