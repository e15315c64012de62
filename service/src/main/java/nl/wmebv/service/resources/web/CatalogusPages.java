package nl.wmebv.service.resources.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.sc.Discrepancy;
import nl.wmebv.service.core.sc.DiscrepancyWording;
import nl.wmebv.service.db.ScFeedDao;
import nl.wmebv.service.resources.ScFeedFacts;
import nl.wmebv.service.views.CatalogusView;
import nl.wmebv.service.views.CatalogusView.Line;
import nl.wmebv.service.views.CatalogusView.ProductLines;
import org.jdbi.v3.core.Jdbi;

/** Builds what the catalogue page shows of one municipality, from the same computations the API uses. */
final class CatalogusPages {
  private final ScFeedFacts facts;
  private final Jdbi jdbi;

  CatalogusPages(ScFeedFacts facts, Jdbi jdbi) {
    this.facts = facts;
    this.jdbi = jdbi;
  }

  CatalogusView.Catalogue catalogue(MunicipalityJson m) {
    List<Discrepancy> all = facts.discrepancies(m.id());
    String feedUrl = jdbi.withHandle(h -> h.attach(ScFeedDao.class).feedUrl(m.id())).orElse(null);
    long feedProducts = jdbi.withHandle(h -> h.createQuery(
            "SELECT count(*) FROM product WHERE municipality_id = :m AND feed_page_url IS NOT NULL")
        .bind("m", m.id()).mapTo(Long.class).one());
    return new CatalogusView.Catalogue(m, feedUrl, feedProducts, grouped(all), all.size(), facts.coverage(m.id()));
  }

  /** Per product (in the order of the list: by name), its discrepancies in Dutch. */
  static List<ProductLines> grouped(List<Discrepancy> all) {
    Map<Long, List<Line>> lines = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (Discrepancy d : all) {
      names.putIfAbsent(d.productId(), d.productName());
      lines.computeIfAbsent(d.productId(), k -> new ArrayList<>()).add(line(d));
    }
    List<ProductLines> out = new ArrayList<>();
    lines.forEach((id, l) -> out.add(new ProductLines(id, names.get(id), l)));
    return out;
  }

  static Line line(Discrepancy d) {
    return new Line(d.code(), d.label(), DiscrepancyWording.declared(d), DiscrepancyWording.found(d));
  }
}
