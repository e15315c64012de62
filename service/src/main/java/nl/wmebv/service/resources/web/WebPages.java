package nl.wmebv.service.resources.web;

import jakarta.ws.rs.NotFoundException;
import java.util.List;
import nl.wmebv.crawler.detect.AnalysisJson;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.ProductDetailJson;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.cluster.ClusterService;
import nl.wmebv.service.core.crawl.PageVerdicts;
import nl.wmebv.service.core.designation.DesignationRegister;
import nl.wmebv.service.core.product.ProductDetails;
import nl.wmebv.service.views.PageView;
import nl.wmebv.service.views.ProductPageView;

/** Builds the web view's product views from the same services the API uses. */
public class WebPages {
  private final ProductDetails details;
  private final ClusterService clusters;
  private final PageVerdicts verdicts;
  private volatile FeedFactsLoader feedFacts;
  private volatile DesignationRegister designations;

  public WebPages(ProductDetails details, ClusterService clusters, PageVerdicts verdicts) {
    this.details = details;
    this.clusters = clusters;
    this.verdicts = verdicts;
  }

  public ProductPageView product(long id, String message, boolean error, PageView.WebUser user) {
    ProductDetailJson detail;
    try {
      detail = details.detail(id);
    } catch (UnknownEntityException e) {
      throw new NotFoundException("No product " + id);
    }
    PageAnalysis analysis =
        detail.analysis() == null ? null : AnalysisJson.fromJson(detail.analysis().toString());
    ProductPageView view =
        new ProductPageView(
            detail, analysis, clusters(detail.product().municipalityId()), message, error, user);
    view.setVerdict(
        detail.page() == null ? null : verdicts.ofPage(detail.page().id()).orElse(null));
    FeedFactsLoader loader = feedFacts;
    if (loader != null) {
      view.setFeedFacts(() -> loader.forProduct(id));
    }
    DesignationRegister register = designations;
    if (register != null) {
      long municipalityId = detail.product().municipalityId();
      view.setDesignatedChannels(() -> register.forProduct(municipalityId, id));
    }
    return view;
  }

  /**
   * Shows the channels designated for the product (the register of the aanwijzing) on the product
   * page.
   */
  public void useDesignations(DesignationRegister register) {
    this.designations = register;
  }

  /**
   * Shows the SC feed's declaration, the UPL proposals and the discrepancies on the product page.
   */
  public void useFeedFacts(FeedFactsLoader loader) {
    this.feedFacts = loader;
  }

  public List<ClusterJson> clusters(long municipalityId) {
    return clusters.clusters(municipalityId);
  }
}
