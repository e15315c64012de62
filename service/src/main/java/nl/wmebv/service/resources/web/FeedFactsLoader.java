package nl.wmebv.service.resources.web;

import java.util.List;
import nl.wmebv.service.api.ProductUplJson;
import nl.wmebv.service.resources.ScFeedFacts;
import nl.wmebv.service.views.CatalogusView;
import nl.wmebv.service.views.FeedFacts;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Loads what the product page shows of the SC feed and the UPL for one product. */
public class FeedFactsLoader {
  private static final String DECLARATION = """
      SELECT feed_title AS title, feed_page_url AS page_url, feed_audience AS audience,
             feed_online_aanvragen AS online_aanvragen, feed_aanvraag_url AS aanvraag_url,
             feed_abstract AS abstract_text
      FROM product WHERE id = :id AND feed_page_url IS NOT NULL""";

  private final ScFeedFacts facts;
  private final Jdbi jdbi;

  public FeedFactsLoader(ScFeedFacts facts, Jdbi jdbi) {
    this.facts = facts;
    this.jdbi = jdbi;
  }

  /** The facts of a product; discrepancies only for a product from the feed (the rules need its declaration). */
  public FeedFacts forProduct(long productId) {
    ProductUplJson upl = facts.productUpl(productId);
    FeedFacts.Declaration declaration = jdbi.withHandle(h -> h.createQuery(DECLARATION).bind("id", productId)
        .map(ConstructorMapper.of(FeedFacts.Declaration.class)).findOne().orElse(null));
    List<CatalogusView.Line> lines = List.of();
    if (declaration != null) {
      long municipalityId = jdbi.withHandle(h -> h.createQuery("SELECT municipality_id FROM product WHERE id = :id")
          .bind("id", productId).mapTo(Long.class).one());
      lines = facts.discrepancies(municipalityId).stream().filter(d -> d.productId() == productId)
          .map(CatalogusPages::line).toList();
    }
    return new FeedFacts(declaration, upl, lines);
  }
}
