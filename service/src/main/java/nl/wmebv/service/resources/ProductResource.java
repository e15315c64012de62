package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmebv.service.api.AuditEventJson;
import nl.wmebv.service.api.ListPage;
import nl.wmebv.service.api.ProductDetailJson;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.api.ProductPatch;
import nl.wmebv.service.core.ProductDetails;
import nl.wmebv.service.core.ProductService;

/** JSON API for a municipality's products (list, detail, a person's decisions) and its audit log. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {
  private final ProductService products;
  private final ProductDetails details;

  public ProductResource(ProductService products, ProductDetails details) {
    this.products = products;
    this.details = details;
  }

  @GET
  @Path("/municipalities/{id}/products")
  public ListPage<ProductJson> list(@PathParam("id") long municipalityId, @QueryParam("cluster") String cluster,
      @QueryParam("channelStatus") String channelStatus, @QueryParam("actionStatus") String actionStatus,
      @QueryParam("flag") List<String> flags, @QueryParam("textStatus") String textStatus, @QueryParam("q") String q,
      @QueryParam("inScope") String inScope, @QueryParam("sort") String sort, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return products.list(municipalityId, ProductListParams.parse(cluster, channelStatus, actionStatus, flags,
        textStatus, q, inScope, sort, page, size));
  }

  @GET
  @Path("/municipalities/{id}/audit")
  public ListPage<AuditEventJson> audit(@PathParam("id") long municipalityId, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    int[] paging = ProductListParams.paging(page, size);
    return details.audit(municipalityId, paging[0], paging[1]);
  }

  @GET
  @Path("/products/{id}")
  public ProductDetailJson get(@PathParam("id") long id) {
    return details.detail(id);
  }

  /** A person's decisions; the body carries the version read. 409 with the current product when stale. */
  @PATCH
  @Path("/products/{id}")
  public ProductJson update(@PathParam("id") long id, JsonNode body, @HeaderParam(Actor.HEADER) String actor) {
    return products.update(id, ProductPatch.read(body), Actor.of(actor));
  }
}
