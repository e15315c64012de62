package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.wmebv.service.api.CoverageJson;
import nl.wmebv.service.api.ErrorJson;
import nl.wmebv.service.api.FeedFetchRequest;
import nl.wmebv.service.api.ProductUplJson;
import nl.wmebv.service.api.UplInfoJson;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.sc.CatalogueService;
import nl.wmebv.service.core.sc.Discrepancy;
import nl.wmebv.service.core.sc.FeedRejectedException;
import nl.wmebv.service.core.upl.UplFileException;

/**
 * JSON API of the Samenwerkende Catalogi import and the UPL: upload or fetch a feed, coverage,
 * discrepancies between declaration and crawl, and the UPL's flags and proposals per product, all
 * on {@link CatalogueService}. Each path has its own root resource (nested classes): JAX-RS picks
 * the most specific root path and does not fall back to another, so a root "/api" would lose to
 * "/api/municipalities".
 */
@Path("/api/municipalities/{id}/sc-feed")
@Produces(MediaType.APPLICATION_JSON)
public class ScFeedResource {
  private final CatalogueService catalogue;

  public ScFeedResource(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The feed resource and its siblings (coverage, discrepancies, a product's UPL view, the UPL
   * itself).
   */
  public static List<Object> create(CatalogueService catalogue) {
    return List.of(
        new ScFeedResource(catalogue),
        new CoverageResource(catalogue),
        new DiscrepancyResource(catalogue),
        new ProductUplResource(catalogue),
        new UplResource(catalogue));
  }

  /** GET /api/municipalities/{id}/coverage. */
  @Path("/api/municipalities/{id}/coverage")
  @Produces(MediaType.APPLICATION_JSON)
  public static class CoverageResource {
    private final CatalogueService catalogue;

    CoverageResource(CatalogueService catalogue) {
      this.catalogue = catalogue;
    }

    @GET
    public CoverageJson coverage(@PathParam("id") long id) {
      return catalogue.coverage(id);
    }
  }

  /** GET /api/municipalities/{id}/discrepancies. */
  @Path("/api/municipalities/{id}/discrepancies")
  @Produces(MediaType.APPLICATION_JSON)
  public static class DiscrepancyResource {
    private final CatalogueService catalogue;

    DiscrepancyResource(CatalogueService catalogue) {
      this.catalogue = catalogue;
    }

    @GET
    public List<Discrepancy> discrepancies(@PathParam("id") long id) {
      return catalogue.discrepancies(id);
    }
  }

  /** GET /api/products/{id}/upl. */
  @Path("/api/products/{id}/upl")
  @Produces(MediaType.APPLICATION_JSON)
  public static class ProductUplResource {
    private final CatalogueService catalogue;

    ProductUplResource(CatalogueService catalogue) {
      this.catalogue = catalogue;
    }

    @GET
    public ProductUplJson productUpl(@PathParam("id") long id) {
      return catalogue.productUpl(id);
    }
  }

  /** GET and PUT /api/reference/upl. */
  @Path("/api/reference/upl")
  @Produces(MediaType.APPLICATION_JSON)
  public static class UplResource {
    private final CatalogueService catalogue;

    UplResource(CatalogueService catalogue) {
      this.catalogue = catalogue;
    }

    @GET
    public UplInfoJson uplInfo() {
      return catalogue.uplInfo();
    }

    /** Replaces the UPL by a newer CSV export (admins only: it changes proposals for everyone). */
    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response replaceUpl(@HeaderParam("Content-Length") Long length, InputStream body)
        throws IOException {
      byte[] csv = catalogue.readUpload(body, length);
      if (csv == null) {
        return tooLarge(catalogue);
      }
      try {
        return Response.ok(catalogue.replaceUpl(csv)).build();
      } catch (UplFileException e) {
        return error(422, e.getMessage());
      }
    }
  }

  /**
   * Imports the SRU XML in the body; 413 beyond the size limit, 400/422 with a message for bad
   * input.
   */
  @POST
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  public Response upload(
      @PathParam("id") long id, @HeaderParam("Content-Length") Long length, InputStream body)
      throws IOException {
    // read first, then check the municipality: a client still sending would otherwise get a broken
    // pipe
    byte[] xml = catalogue.readUpload(body, length);
    if (xml == null) {
      return tooLarge(catalogue);
    }
    try {
      return Response.ok(catalogue.importFeed(id, xml)).build();
    } catch (FeedRejectedException e) {
      return rejected(e);
    }
  }

  /** Fetches the feed from the given URL (or the one used last time) and imports it. */
  @POST
  @Path("/fetch")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response fetch(@PathParam("id") long id, JsonNode body) {
    catalogue.coverage(id); // 404 for an unknown municipality before anything else
    FeedFetchRequest request = FeedFetchRequest.read(body);
    String url =
        request == null || request.url() == null || request.url().isBlank()
            ? catalogue.feedUrl(id).orElse(null)
            : request.url().strip();
    if (url == null) {
      return error(
          422,
          "Give the feed's URL as {\"url\": \"https://...\"}: none was used for this municipality yet");
    }
    if (!url.matches("(?i)^https?://.+")) {
      return error(422, "The feed URL must start with http:// or https://");
    }
    try {
      return Response.ok(catalogue.fetchAndImport(id, url)).build();
    } catch (FeedRejectedException e) {
      return rejected(e);
    }
  }

  private static Response rejected(FeedRejectedException e) {
    return error(e.kind() == FeedRejectedException.Kind.UNREADABLE ? 400 : 422, e.getMessage());
  }

  private static Response tooLarge(CatalogueService catalogue) {
    return error(
        413,
        "The file is larger than the limit of "
            + catalogue.maxBytes() / (1024 * 1024)
            + " MB (reference.scFeedMaxMegabytes)");
  }

  private static Response error(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorJson(status, message))
        .build();
  }
}
