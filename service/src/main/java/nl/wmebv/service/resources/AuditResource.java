package nl.wmebv.service.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wmebv.service.api.AuditEventJson;
import nl.wmebv.service.api.ListPage;
import nl.wmebv.service.core.product.ProductDetails;

/** JSON API: a municipality's audit log, newest first. */
@Path("/api/municipalities/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  private final ProductDetails details;

  public AuditResource(ProductDetails details) {
    this.details = details;
  }

  @GET
  public ListPage<AuditEventJson> list(
      @PathParam("id") long municipalityId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    ProductListParams.Paging paging = ProductListParams.paging(page, size);
    return details.audit(municipalityId, paging.page(), paging.size());
  }
}
