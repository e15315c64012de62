package nl.wmebv.service.resources;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.WmebvConfiguration;
import nl.wmebv.service.api.ErrorJson;
import nl.wmebv.service.api.FeedFetchRequest;
import nl.wmebv.service.api.ProductUplJson;
import nl.wmebv.service.api.UplInfoJson;
import nl.wmebv.service.config.ReferenceSettings;
import nl.wmebv.service.core.UnknownMunicipalityException;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.sc.Coverage;
import nl.wmebv.service.core.sc.Discrepancies;
import nl.wmebv.service.core.sc.Discrepancy;
import nl.wmebv.service.core.sc.FeedRejectedException;
import nl.wmebv.service.core.sc.ImportReport;
import nl.wmebv.service.core.sc.ScFeedFetcher;
import nl.wmebv.service.core.sc.ScFeedImporter;
import nl.wmebv.service.core.upl.NameProposal;
import nl.wmebv.service.core.upl.UplCatalog;
import nl.wmebv.service.core.upl.UplFileException;
import nl.wmebv.service.core.upl.UplFlags;
import nl.wmebv.service.core.upl.UplReference;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.ProductUplRow;
import nl.wmebv.service.db.ScFeedDao;
import org.jdbi.v3.core.Jdbi;

/**
 * JSON API of the Samenwerkende Catalogi import and the UPL: upload or fetch a feed, coverage,
 * discrepancies between declaration and crawl, and the UPL's flags and proposals per product. Each path
 * has its own root resource (nested classes): JAX-RS picks the most specific root path and does not fall
 * back to another, so a root "/api" would lose to "/api/municipalities".
 */
@Path("/api/municipalities/{id}/sc-feed")
@Produces(MediaType.APPLICATION_JSON)
public class ScFeedResource {
  private final Jdbi jdbi;
  private final ScFeedImporter importer;
  private final ScFeedFetcher fetcher;
  private final Discrepancies discrepancies;
  private final UplReference upl;
  private final long maxBytes;
  private static final int DRAIN_FACTOR = 4;

  public ScFeedResource(Jdbi jdbi, ScFeedFetcher fetcher, UplReference upl, long maxBytes) {
    this.jdbi = jdbi;
    this.importer = new ScFeedImporter(jdbi);
    this.fetcher = fetcher;
    this.discrepancies = new Discrepancies(jdbi);
    this.upl = upl;
    this.maxBytes = maxBytes;
  }

  /** The resources as the application wires them: UPL from reference.*, fetches guarded like the crawler's. */
  public static List<Object> create(Jdbi jdbi, WmebvConfiguration config) {
    ReferenceSettings reference = config.getReference();
    ScFeedFetcher fetcher = ScFeedFetcher.of(config.getCrawler(), config.getReference());
    ScFeedResource feed = new ScFeedResource(jdbi, fetcher, UplReference.load(reference, jdbi),
        reference.scFeedMaxBytes());
    return List.of(feed, new CoverageResource(feed), new DiscrepancyResource(feed), new ProductUplResource(feed),
        new UplResource(feed));
  }

  /** GET /api/municipalities/{id}/coverage. */
  @Path("/api/municipalities/{id}/coverage")
  @Produces(MediaType.APPLICATION_JSON)
  public static class CoverageResource {
    private final ScFeedResource feed;

    CoverageResource(ScFeedResource feed) {
      this.feed = feed;
    }

    @GET
    public Coverage coverage(@PathParam("id") long id) {
      return feed.coverage(id);
    }
  }

  /** GET /api/municipalities/{id}/discrepancies. */
  @Path("/api/municipalities/{id}/discrepancies")
  @Produces(MediaType.APPLICATION_JSON)
  public static class DiscrepancyResource {
    private final ScFeedResource feed;

    DiscrepancyResource(ScFeedResource feed) {
      this.feed = feed;
    }

    @GET
    public List<Discrepancy> discrepancies(@PathParam("id") long id) {
      return feed.discrepancies(id);
    }
  }

  /** GET /api/products/{id}/upl. */
  @Path("/api/products/{id}/upl")
  @Produces(MediaType.APPLICATION_JSON)
  public static class ProductUplResource {
    private final ScFeedResource feed;

    ProductUplResource(ScFeedResource feed) {
      this.feed = feed;
    }

    @GET
    public ProductUplJson productUpl(@PathParam("id") long id) {
      return feed.productUpl(id);
    }
  }

  /** GET and PUT /api/reference/upl. */
  @Path("/api/reference/upl")
  @Produces(MediaType.APPLICATION_JSON)
  public static class UplResource {
    private final ScFeedResource feed;

    UplResource(ScFeedResource feed) {
      this.feed = feed;
    }

    @GET
    public UplInfoJson uplInfo() {
      return feed.uplInfo();
    }

    /** Replaces the UPL by a newer CSV export (admins only: it changes proposals for everyone). */
    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response replaceUpl(@HeaderParam("Content-Length") Long length, InputStream body) throws IOException {
      return feed.replaceUpl(length, body);
    }
  }

  /** Imports the SRU XML in the body; 413 beyond the size limit, 400/422 with a message for bad input. */
  @POST
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  public Response upload(@PathParam("id") long id, @HeaderParam("Content-Length") Long length, InputStream body)
      throws IOException {
    byte[] xml = length != null && length > DRAIN_FACTOR * maxBytes ? null : ScFeedFetcher.readLimited(body, maxBytes);
    if (xml == null) {
      return tooLarge(body);
    }
    requireMunicipality(id); // after reading: a client still sending would otherwise get a broken pipe
    return importBytes(id, xml);
  }

  /** Fetches the feed from the given URL (or the one used last time) and imports it. */
  @POST
  @Path("/fetch")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response fetch(@PathParam("id") long id, FeedFetchRequest request) {
    requireMunicipality(id);
    String url = request == null || request.url() == null || request.url().isBlank()
        ? jdbi.withHandle(h -> h.attach(ScFeedDao.class).feedUrl(id)).orElse(null) : request.url().strip();
    if (url == null) {
      return error(422, "Give the feed's URL as {\"url\": \"https://...\"}: none was used for this municipality yet");
    }
    if (!url.matches("(?i)^https?://.+")) {
      return error(422, "The feed URL must start with http:// or https://");
    }
    byte[] xml;
    try {
      xml = fetcher.fetch(url);
    } catch (FeedRejectedException e) {
      return error(422, e.getMessage());
    }
    Response response = importBytes(id, xml);
    if (response.getStatus() == 200) {
      String stored = url;
      jdbi.useHandle(h -> h.attach(ScFeedDao.class).setFeedUrl(id, stored));
    }
    return response;
  }

  Coverage coverage(long id) {
    requireMunicipality(id);
    return discrepancies.coverage(id, upl.current());
  }

  List<Discrepancy> discrepancies(long id) {
    requireMunicipality(id);
    return discrepancies.list(id);
  }

  ProductUplJson productUpl(long id) {
    ProductUplRow p = jdbi.withHandle(h -> h.attach(ScFeedDao.class).productUpl(id))
        .orElseThrow(() -> new NotFoundException("No product with id " + id));
    UplCatalog catalog = upl.current();
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
    List<UplFlags> flags = catalog.flagsOf(uris);
    NameProposal name = p.uniformName() == null && p.uplUri() == null
        ? catalog.match(p.name()).or(() -> p.feedTitle() == null ? java.util.Optional.empty()
            : catalog.match(p.feedTitle())).orElse(null)
        : null;
    List<UplFlags> forScope = flags;
    if (flags.isEmpty() && name != null) {
      forScope = catalog.flagsOf(List.of(name.uri()));
    }
    return new ProductUplJson(p.id(), p.name(), p.uniformName(), p.uplUri(), flags, UplCatalog.propose(forScope),
        name, p.inScope(), p.messageTypes(), catalog.source());
  }

  UplInfoJson uplInfo() {
    UplCatalog c = upl.current();
    return new UplInfoJson(c.source(), c.size(), c.gemeenteEntries().size());
  }

  /** A file with other columns gets 422 and changes nothing. */
  Response replaceUpl(Long length, InputStream body) throws IOException {
    byte[] csv = length != null && length > DRAIN_FACTOR * maxBytes ? null : ScFeedFetcher.readLimited(body, maxBytes);
    if (csv == null) {
      return tooLarge(body);
    }
    try {
      UplCatalog c = upl.replace(csv);
      return Response.ok(new UplInfoJson(c.source(), c.size(), c.gemeenteEntries().size())).build();
    } catch (UplFileException e) {
      return error(422, e.getMessage());
    }
  }

  private Response importBytes(long id, byte[] xml) {
    try {
      ImportReport report = importer.importFeed(id, xml);
      return Response.ok(report).build();
    } catch (FeedRejectedException e) {
      return error(e.kind() == FeedRejectedException.Kind.UNREADABLE ? 400 : 422, e.getMessage());
    } catch (UnknownMunicipalityException e) {
      throw new NotFoundException(e.getMessage());
    }
  }

  private void requireMunicipality(long id) {
    if (jdbi.withHandle(h -> h.attach(MunicipalityDao.class).find(id)).isEmpty()) {
      throw new NotFoundException("No municipality with id " + id);
    }
  }

  /**
   * 413. A body up to {@link #DRAIN_FACTOR} times the limit is read to its end first, so that the client,
   * still sending, gets the answer instead of a broken connection; anything larger is cut off.
   */
  private Response tooLarge(InputStream body) {
    try {
      byte[] buffer = new byte[64 * 1024];
      long drained = 0;
      int n;
      while (drained < DRAIN_FACTOR * maxBytes && (n = body.read(buffer)) > 0) {
        drained += n;
      }
    } catch (IOException e) {
      // the client gave up: nothing to answer
    }
    return error(413, "The file is larger than the limit of " + maxBytes / (1024 * 1024)
        + " MB (reference.scFeedMaxMegabytes)");
  }

  private static Response error(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(status, message)).build();
  }
}
