package nl.wmebv.service.resources.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.sc.CatalogueService;
import nl.wmebv.service.core.sc.Discrepancy;
import nl.wmebv.service.core.sc.DiscrepancyWording;
import nl.wmebv.service.views.CatalogueView;
import nl.wmebv.service.views.CatalogueView.Line;
import nl.wmebv.service.views.CatalogueView.ProductLines;

/**
 * Builds what the catalogue page shows of one municipality, from the same computations the API
 * uses.
 */
final class CataloguePages {
  private final CatalogueService catalogue;

  CataloguePages(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  CatalogueView.Catalogue catalogue(MunicipalityJson m) {
    List<Discrepancy> all = catalogue.discrepancies(m.id());
    return new CatalogueView.Catalogue(
        m,
        catalogue.feedUrl(m.id()).orElse(null),
        catalogue.feedProductCount(m.id()),
        grouped(all),
        all.size(),
        catalogue.coverage(m.id()));
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
    return new Line(
        d.code(), d.label(), DiscrepancyWording.declared(d), DiscrepancyWording.found(d));
  }
}
