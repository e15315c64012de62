package nl.wmebv.service.views;

import java.util.List;
import nl.wmebv.service.api.CoverageJson;
import nl.wmebv.service.api.MunicipalityJson;

/**
 * The catalogue page: import an SC feed, the discrepancies between feed and crawl, and the
 * coverage.
 */
public class CatalogueView extends PageView {
  /** One discrepancy in Dutch. */
  public record Line(String code, String label, String declared, String found) {}

  /** A product with its discrepancies. */
  public record ProductLines(long productId, String name, List<Line> lines) {}

  /** What the page shows of the chosen municipality. */
  public record Catalogue(
      MunicipalityJson municipality,
      String feedUrl,
      long feedProducts,
      List<ProductLines> discrepancies,
      int discrepancyCount,
      CoverageJson coverage) {}

  private final List<MunicipalityJson> municipalities;
  private final Catalogue catalogue;
  private final FeedReportView.Outcome outcome;

  public CatalogueView(
      List<MunicipalityJson> municipalities,
      Catalogue catalogue,
      FeedReportView.Outcome outcome,
      WebUser webUser) {
    super("/views/catalogus.ftlh", webUser);
    this.municipalities = municipalities;
    this.catalogue = catalogue;
    this.outcome = outcome;
  }

  public List<MunicipalityJson> getMunicipalities() {
    return municipalities;
  }

  /** The chosen municipality's catalogue, or null when there is no municipality yet. */
  public Catalogue getCatalogue() {
    return catalogue;
  }

  /** The result of an import just done, or null. */
  public FeedReportView.Outcome getOutcome() {
    return outcome;
  }
}
