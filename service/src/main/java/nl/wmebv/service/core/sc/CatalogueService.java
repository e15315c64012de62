package nl.wmebv.service.core.sc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wmebv.crawler.detect.upl.UplEntry;
import nl.wmebv.service.api.CoverageJson;
import nl.wmebv.service.api.NameProposal;
import nl.wmebv.service.api.ProductUplJson;
import nl.wmebv.service.api.UplInfoJson;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.UnknownMunicipalityException;
import nl.wmebv.service.core.upl.UplCatalogue;
import nl.wmebv.service.core.upl.UplFileException;
import nl.wmebv.service.core.upl.UplReference;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.ProductUplRow;
import nl.wmebv.service.db.ScFeedDao;
import org.jdbi.v3.core.Jdbi;

/**
 * The municipality's Samenwerkende Catalogi feed and the UPL: import (uploaded or fetched, the URL
 * remembered), coverage, discrepancies between declaration and crawl, a product's declaration and
 * UPL view. The JSON API and the pages both call this one instance, so a UPL uploaded through the
 * API counts for the pages at once.
 */
public final class CatalogueService {
  private final Jdbi jdbi;
  private final ScFeedImporter importer;
  private final ScFeedFetcher fetcher;
  private final Discrepancies discrepancies;
  private final UplReference upl;
  private final long maxBytes;

  public CatalogueService(Jdbi jdbi, ScFeedFetcher fetcher, UplReference upl, long maxBytes) {
    this.jdbi = jdbi;
    this.importer = new ScFeedImporter(jdbi);
    this.fetcher = fetcher;
    this.discrepancies = new Discrepancies(jdbi);
    this.upl = upl;
    this.maxBytes = maxBytes;
  }

  /** The size limit of a feed or UPL file in bytes (reference.scFeedMaxMegabytes). */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * An uploaded file's bytes, or null when it is larger than the limit (see {@link BoundedUpload}).
   */
  public byte[] readUpload(InputStream body, Long declaredLength) throws IOException {
    return BoundedUpload.read(body, declaredLength, maxBytes);
  }

  /**
   * Imports a feed's SRU XML; UnknownMunicipalityException, or FeedRejectedException with nothing
   * changed.
   */
  public ImportReport importFeed(long municipalityId, byte[] xml) throws FeedRejectedException {
    requireMunicipality(municipalityId);
    return importer.importFeed(municipalityId, xml);
  }

  /** Fetches the feed from an http(s) URL, imports it and remembers the URL for the next fetch. */
  public ImportReport fetchAndImport(long municipalityId, String url) throws FeedRejectedException {
    requireMunicipality(municipalityId);
    ImportReport report = importer.importFeed(municipalityId, fetcher.fetch(url));
    jdbi.useHandle(h -> h.attach(ScFeedDao.class).setFeedUrl(municipalityId, url));
    return report;
  }

  /** The URL the feed was last fetched from. */
  public Optional<String> feedUrl(long municipalityId) {
    return jdbi.withHandle(h -> h.attach(ScFeedDao.class).feedUrl(municipalityId));
  }

  /** How many of the municipality's products the feed declares. */
  public long feedProductCount(long municipalityId) {
    return jdbi.withHandle(h -> h.attach(ScFeedDao.class).feedProductCount(municipalityId));
  }

  public CoverageJson coverage(long municipalityId) {
    requireMunicipality(municipalityId);
    return discrepancies.coverage(municipalityId, upl.current());
  }

  /** Every discrepancy of the municipality's feed products, ordered by product name. */
  public List<Discrepancy> discrepancies(long municipalityId) {
    requireMunicipality(municipalityId);
    return discrepancies.list(municipalityId);
  }

  /** A product's declaration in the feed, empty when the feed does not declare it. */
  public Optional<FeedDeclaration> declaration(long productId) {
    return jdbi.withHandle(h -> h.attach(ScFeedDao.class).declaration(productId))
        .map(FeedDeclaration::of);
  }

  /** The discrepancies of one product (none when the feed does not declare it). */
  public List<Discrepancy> discrepanciesOfProduct(long productId) {
    Optional<Long> municipality =
        jdbi.withHandle(h -> h.attach(ScFeedDao.class).municipalityOfProduct(productId));
    if (municipality.isEmpty() || declaration(productId).isEmpty()) {
      return List.of();
    }
    return discrepancies.list(municipality.get()).stream()
        .filter(d -> d.productId() == productId)
        .toList();
  }

  /** The UPL's flags and proposals (scope, message types, uniform name) for a product. */
  public ProductUplJson productUpl(long productId) {
    ProductUplRow p =
        jdbi.withHandle(h -> h.attach(ScFeedDao.class).productUpl(productId))
            .orElseThrow(() -> new UnknownEntityException("No product with id " + productId));
    UplCatalogue catalog = upl.current();
    List<UplEntry> entries = catalog.entriesOf(uplUris(p, catalog));
    NameProposal name =
        p.uniformName() == null && p.uplUri() == null
            ? catalog
                .match(p.name())
                .or(() -> p.feedTitle() == null ? Optional.empty() : catalog.match(p.feedTitle()))
                .orElse(null)
            : null;
    List<UplEntry> forScope =
        entries.isEmpty() && name != null ? catalog.entriesOf(List.of(name.uri())) : entries;
    return new ProductUplJson(
        p.id(),
        p.name(),
        p.uniformName(),
        p.uplUri(),
        entries.stream().map(UplCatalogue::flagsOf).toList(),
        UplCatalogue.propose(forScope),
        name,
        p.inScope(),
        p.messageTypes(),
        catalog.source());
  }

  private static List<String> uplUris(ProductUplRow p, UplCatalogue catalog) {
    List<String> uris = new ArrayList<>();
    if (p.uplUri() != null) {
      uris.add(p.uplUri());
    }
    if (p.feedUplUris() != null) {
      uris.addAll(p.feedUplUris());
    }
    if (uris.isEmpty() && p.uniformName() != null) {
      catalog.byNameOrUri(p.uniformName()).ifPresent(e -> uris.add(e.uri()));
    }
    return uris;
  }

  public UplInfoJson uplInfo() {
    UplCatalogue c = upl.current();
    return new UplInfoJson(c.source(), c.size(), c.gemeenteEntries().size());
  }

  /**
   * Replaces the UPL by a newer CSV export; a file with other columns is refused and changes
   * nothing.
   */
  public UplInfoJson replaceUpl(byte[] csv) throws UplFileException {
    upl.replace(csv);
    return uplInfo();
  }

  private void requireMunicipality(long id) {
    if (jdbi.withHandle(h -> h.attach(MunicipalityDao.class).find(id)).isEmpty()) {
      throw new UnknownMunicipalityException(id);
    }
  }
}
