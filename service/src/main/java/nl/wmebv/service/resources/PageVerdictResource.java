package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmebv.service.api.PageVerdictInput;
import nl.wmebv.service.api.PageVerdictJson;
import nl.wmebv.service.core.crawl.PageVerdicts;
import nl.wmebv.service.resources.auth.Actor;

/**
 * JSON API of people's verdicts on pages ("not a product" / "a product"), which every later crawl
 * follows for the page and weighs for its template siblings: by product, or by site and URL for a
 * page that is no product.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PageVerdictResource {
  private final PageVerdicts verdicts;

  public PageVerdictResource(PageVerdicts verdicts) {
    this.verdicts = verdicts;
  }

  /** {"product": false} takes the product out of the inventory; true or null puts it back. */
  @PUT
  @Path("/products/{id}/verdict")
  public Response forProduct(
      @PathParam("id") long id, JsonNode body, @Context ContainerRequestContext r) {
    PageVerdictInput in = PageVerdictInput.readForProduct(body);
    return answer(verdicts.setForProduct(id, in.product(), Actor.of(r)).orElse(null));
  }

  @GET
  @Path("/sites/{siteId}/page-verdicts")
  public List<PageVerdictJson> list(@PathParam("siteId") long siteId) {
    return verdicts.list(siteId);
  }

  /**
   * {"url": "https://...", "product": true}: a page the crawl did not take for a product is one
   * from now on.
   */
  @PUT
  @Path("/sites/{siteId}/page-verdicts")
  public Response forUrl(
      @PathParam("siteId") long siteId, JsonNode body, @Context ContainerRequestContext r) {
    PageVerdictInput in =
        PageVerdictInput.readForUrl(body); // 422 without url or with an unknown field
    return answer(verdicts.setForUrl(siteId, in.url(), in.product(), Actor.of(r)).orElse(null));
  }

  private static Response answer(PageVerdictJson verdict) {
    return verdict == null ? Response.noContent().build() : Response.ok(verdict).build();
  }
}
