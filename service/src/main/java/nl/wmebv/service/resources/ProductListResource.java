package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmebv.service.api.BulkEditJson;
import nl.wmebv.service.api.BulkProductEdit;
import nl.wmebv.service.api.ListPage;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.core.product.ProductService;
import nl.wmebv.service.resources.auth.Actor;

/**
 * JSON API: a municipality's products with filters, sort and paging, and the bulk edit. (A root
 * path of its own, because Jersey picks one root resource class per request and /api/municipalities
 * belongs to MunicipalityResource.)
 */
@Path("/api/municipalities/{id}/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductListResource {
  private final ProductService products;

  public ProductListResource(ProductService products) {
    this.products = products;
  }

  @GET
  public ListPage<ProductJson> list(
      @PathParam("id") long municipalityId,
      @QueryParam("cluster") String cluster,
      @QueryParam("channelStatus") String channelStatus,
      @QueryParam("actionStatus") String actionStatus,
      @QueryParam("flag") List<String> flags,
      @QueryParam("textStatus") String textStatus,
      @QueryParam("q") String q,
      @QueryParam("inScope") String inScope,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return products.list(
        municipalityId,
        ProductListParams.parse(
            cluster, channelStatus, actionStatus, flags, textStatus, q, inScope, sort, page, size));
  }

  /**
   * One change for many products, all or nothing: 409 listing the stale products, 422 for invalid
   * values.
   */
  @POST
  @Path("/bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  public BulkEditJson bulk(
      @PathParam("id") long municipalityId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    return products.updateAll(municipalityId, BulkProductEdit.read(body), Actor.of(request));
  }
}
