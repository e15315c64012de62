package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.wmebv.service.api.ProductDetailJson;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.api.ProductPatch;
import nl.wmebv.service.core.product.ProductDetails;
import nl.wmebv.service.core.product.ProductService;
import nl.wmebv.service.resources.auth.Actor;

/** JSON API for one product: its detail and a person's decisions on it. */
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
  @Path("/products/{id}")
  public ProductDetailJson get(@PathParam("id") long id) {
    return details.detail(id);
  }

  /**
   * A person's decisions; the body carries the version read. 409 with the current product when
   * stale.
   */
  @PATCH
  @Path("/products/{id}")
  public ProductJson update(
      @PathParam("id") long id, JsonNode body, @Context ContainerRequestContext request) {
    return products.update(id, ProductPatch.read(body), Actor.of(request));
  }
}
