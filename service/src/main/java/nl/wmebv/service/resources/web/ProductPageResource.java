package nl.wmebv.service.resources.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.crawl.PageVerdicts;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.ProductPageView;

/** The product page of the web view and its decision form. */
@Path("/producten/{id}")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class ProductPageResource {
  private final WebPages pages;
  private final ProductDecisionForms forms;
  private final PageVerdicts verdicts;

  public ProductPageResource(WebPages pages, ProductDecisionForms forms, PageVerdicts verdicts) {
    this.pages = pages;
    this.forms = forms;
    this.verdicts = verdicts;
  }

  /**
   * "Dit is geen product" (product=nee) or "Toch wel een product" (product=ja): kept over every
   * later crawl.
   */
  @POST
  @Path("oordeel")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response verdict(
      @PathParam("id") long id,
      @FormParam("product") String product,
      @Context ContainerRequestContext request) {
    if (!"ja".equals(product) && !"nee".equals(product)) {
      return Response.status(422)
          .entity(
              pages.product(
                  id,
                  "Niet opgeslagen: kies 'geen product' of 'wel een" + " product'.",
                  true,
                  WebUsers.of(request)))
          .build();
    }
    try {
      verdicts.setForProduct(id, "ja".equals(product), WebUsers.actor(request));
    } catch (ConflictException e) {
      return Response.status(409)
          .entity(pages.product(id, "Niet opgeslagen: " + e.dutch(), true, WebUsers.of(request)))
          .build();
    }
    return Response.seeOther(URI.create("/producten/" + id + "?oordeel=1")).build();
  }

  @GET
  public ProductPageView page(
      @PathParam("id") long id,
      @QueryParam("opgeslagen") String saved,
      @QueryParam("oordeel") String verdict,
      @Context ContainerRequestContext request) {
    String message =
        saved != null
            ? "Besluit opgeslagen."
            : verdict != null ? "Oordeel over de pagina opgeslagen." : null;
    return pages.product(id, message, false, WebUsers.of(request));
  }

  @POST
  @Path("besluit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(
      @PathParam("id") long id,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    try {
      forms.apply(id, form, WebUsers.actor(request));
      return Response.seeOther(URI.create("/producten/" + id + "?opgeslagen=1")).build();
    } catch (StaleVersionException e) {
      return refused(
          Response.Status.CONFLICT.getStatusCode(),
          id,
          "Niet opgeslagen: iemand anders heeft dit product intussen gewijzigd (zie \"Wie wijzigde"
              + " wat\"). Uw invoer staat nog in het formulier; opslaan legt die vast over de nieuwe"
              + " stand heen.",
          form,
          request);
    } catch (InvalidInputException e) {
      return refused(
          422,
          id,
          "Niet opgeslagen: " + String.join(" ", DutchErrors.of(e.errors())),
          form,
          request);
    } catch (UnknownEntityException e) {
      return refused(
          Response.Status.NOT_FOUND.getStatusCode(),
          id,
          "Niet opgeslagen: het gekozen cluster of de actie bestaat niet (meer).",
          form,
          request);
    }
  }

  /**
   * The product page after a refused save, its form holding what the person entered (the versions
   * are the current ones, so a second save is based on the newest state).
   */
  private Response refused(
      int status,
      long id,
      String message,
      MultivaluedMap<String, String> form,
      ContainerRequestContext request) {
    return Response.status(status)
        .entity(
            pages
                .product(id, message, true, WebUsers.of(request))
                .keep(ProductDecisionForms.entry(form)))
        .build();
  }
}
