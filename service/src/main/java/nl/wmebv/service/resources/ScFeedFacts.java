package nl.wmebv.service.resources;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import nl.wmebv.service.WmebvConfiguration;
import nl.wmebv.service.api.ProductUplJson;
import nl.wmebv.service.core.sc.Coverage;
import nl.wmebv.service.core.sc.Discrepancy;
import org.jdbi.v3.core.Jdbi;

/**
 * The SC feed API's computations (coverage, discrepancies, the UPL view of a product) for the web view. It
 * keeps its own {@link ScFeedResource} (Dropwizard registers resources wrapped, so the API's instance is out of
 * reach) and builds it anew when a UPL upload through the API is newer than the one it loaded.
 */
public final class ScFeedFacts {
  private final Jdbi jdbi;
  private final WmebvConfiguration config;
  private volatile Loaded loaded;

  private record Loaded(OffsetDateTime uplUploadedAt, ScFeedResource feed) {}

  public ScFeedFacts(Jdbi jdbi, WmebvConfiguration config) {
    this.jdbi = jdbi;
    this.config = config;
    this.loaded = load(uploadedAt());
  }

  /** The municipality's coverage; NotFoundException for an unknown municipality. */
  public Coverage coverage(long municipalityId) {
    return feed().coverage(municipalityId);
  }

  /** Every discrepancy of the municipality's feed products, ordered by product name. */
  public List<Discrepancy> discrepancies(long municipalityId) {
    return feed().discrepancies(municipalityId);
  }

  /** The UPL's flags and proposals for a product; NotFoundException for an unknown product. */
  public ProductUplJson productUpl(long productId) {
    return feed().productUpl(productId);
  }

  private ScFeedResource feed() {
    OffsetDateTime uploaded = uploadedAt();
    Loaded current = loaded;
    if (!Objects.equals(uploaded == null ? null : uploaded.toInstant(),
        current.uplUploadedAt() == null ? null : current.uplUploadedAt().toInstant())) {
      current = load(uploaded);
      loaded = current;
    }
    return current.feed();
  }

  private Loaded load(OffsetDateTime uploaded) {
    return new Loaded(uploaded, (ScFeedResource) ScFeedResource.create(jdbi, config).get(0));
  }

  private OffsetDateTime uploadedAt() {
    return jdbi.withHandle(h -> h.createQuery("SELECT uploaded_at FROM upl_reference WHERE id = 1")
        .mapTo(OffsetDateTime.class).findOne().orElse(null));
  }
}
