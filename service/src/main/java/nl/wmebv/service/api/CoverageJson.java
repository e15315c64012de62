package nl.wmebv.service.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A municipality's coverage of the UPL and of its own SC feed, as the API shows it.
 *
 * @param municipalityId the municipality
 * @param uplSource which UPL file was used
 * @param uplGemeenteProducts UPL products with Gemeente = X
 * @param covered how many of them a product of the municipality carries (by URI)
 * @param uplGaps the UPL products for municipalities that no product of the municipality carries
 * @param lastFinishedCrawl when the municipality's last crawl finished; null when none did
 * @param feedProductsNotFound feed products whose page the crawl did not find or got 404/410 for
 *     (empty until a crawl finished)
 */
public record CoverageJson(
    long municipalityId,
    String uplSource,
    int uplGemeenteProducts,
    int covered,
    List<UplFlags> uplGaps,
    OffsetDateTime lastFinishedCrawl,
    List<NotFound> feedProductsNotFound) {

  public CoverageJson {
    uplGaps = List.copyOf(uplGaps);
    feedProductsNotFound = List.copyOf(feedProductsNotFound);
  }

  /** A feed product whose page the crawl could not find. */
  public record NotFound(
      long productId, String name, String feedPageUrl, Integer httpStatus, String message) {}
}
