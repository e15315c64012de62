package nl.wmebv.service.resources;

import java.util.List;
import nl.wmebv.service.api.ProductUplJson;
import nl.wmebv.service.core.sc.Coverage;
import nl.wmebv.service.core.sc.Discrepancy;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The SC feed API's computations (coverage, discrepancies, the UPL view of a product) for the web view, on the
 * very {@link ScFeedResource} the application registered, so both use the same UPL (also after an upload).
 */
public final class ScFeedFacts {
  private final ScFeedResource feed;

  public ScFeedFacts(ScFeedResource feed) {
    this.feed = feed;
  }

  /** The facts of the ScFeedResource registered in {@code config}. */
  public static ScFeedFacts of(ResourceConfig config) {
    return config.getInstances().stream().filter(ScFeedResource.class::isInstance).map(ScFeedResource.class::cast)
        .findFirst().map(ScFeedFacts::new)
        .orElseThrow(() -> new IllegalStateException("Register the ScFeedResource before the web pages using it"));
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
