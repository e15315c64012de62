package nl.wmebv.service.resources.web;

import java.util.List;
import nl.wmebv.service.core.sc.CatalogueService;
import nl.wmebv.service.views.FeedFacts;

/** Loads what the product page shows of the SC feed and the UPL for one product. */
public class FeedFactsLoader {
  private final CatalogueService catalogue;

  public FeedFactsLoader(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The facts of a product; discrepancies only for a product from the feed (the rules need its
   * declaration).
   */
  public FeedFacts forProduct(long productId) {
    List<nl.wmebv.service.views.CatalogueView.Line> lines =
        catalogue.discrepanciesOfProduct(productId).stream().map(CataloguePages::line).toList();
    return new FeedFacts(
        catalogue.declaration(productId).orElse(null), catalogue.productUpl(productId), lines);
  }
}
