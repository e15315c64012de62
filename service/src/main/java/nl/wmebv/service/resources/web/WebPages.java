package nl.wmebv.service.resources.web;

import jakarta.ws.rs.NotFoundException;
import java.util.List;
import nl.wmebv.crawler.detect.AnalysisJson;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.ProductDetailJson;
import nl.wmebv.service.core.ProductDetails;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.db.ClusterDao;
import nl.wmebv.service.views.PageView;
import nl.wmebv.service.views.ProductPageView;
import org.jdbi.v3.core.Jdbi;

/** Builds the web view's product views from the same services the API uses. */
public class WebPages {
  private final ProductDetails details;
  private final Jdbi jdbi;
  private volatile FeedFactsLoader feedFacts;

  public WebPages(ProductDetails details, Jdbi jdbi) {
    this.details = details;
    this.jdbi = jdbi;
  }

  public ProductPageView product(long id, String message, boolean error, PageView.WebUser user) {
    ProductDetailJson detail;
    try {
      detail = details.detail(id);
    } catch (UnknownEntityException e) {
      throw new NotFoundException("No product " + id);
    }
    PageAnalysis analysis = detail.analysis() == null ? null : AnalysisJson.fromJson(detail.analysis().toString());
    ProductPageView view = new ProductPageView(detail, analysis, clusters(detail.product().municipalityId()), message,
        error, user);
    FeedFactsLoader loader = feedFacts;
    if (loader != null) {
      view.setFeedFacts(() -> loader.forProduct(id));
    }
    return view;
  }

  /** Shows the SC feed's declaration, the UPL proposals and the discrepancies on the product page. */
  public void useFeedFacts(FeedFactsLoader loader) {
    this.feedFacts = loader;
  }

  public List<ClusterJson> clusters(long municipalityId) {
    return jdbi.onDemand(ClusterDao.class).list(municipalityId).stream()
        .map(c -> new ClusterJson(c.id(), c.name(), c.position())).toList();
  }
}
