package nl.wmebv.service.resources.web;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.ProductPageView;

/** The product page of the web view and its decision form. */
@Path("/producten/{id}")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class ProductPageResource {
  private final WebPages pages;
  private final DecisionForms forms;

  public ProductPageResource(WebPages pages, DecisionForms forms) {
    this.pages = pages;
    this.forms = forms;
  }

  @GET
  public ProductPageView page(@PathParam("id") long id, @QueryParam("opgeslagen") String saved,
      @Context ContainerRequestContext request) {
    return pages.product(id, saved == null ? null : "Besluit opgeslagen.", false, WebUsers.of(request));
  }

  @POST
  @Path("besluit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(@PathParam("id") long id, MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    try {
      forms.apply(id, form, WebUsers.actor(request));
      return Response.seeOther(URI.create("/producten/" + id + "?opgeslagen=1")).build();
    } catch (StaleVersionException e) {
      return Response.status(Response.Status.CONFLICT).entity(pages.product(id,
          "Niet opgeslagen: iemand anders heeft dit product intussen gewijzigd. Hieronder staat de nieuwste stand;"
              + " voer uw wijziging opnieuw in.", true, WebUsers.of(request))).build();
    } catch (InvalidInputException e) {
      return Response.status(422).entity(pages.product(id,
          "Niet opgeslagen: " + String.join(" ", DutchErrors.of(e.errors())), true,
          WebUsers.of(request))).build();
    } catch (UnknownEntityException e) {
      return Response.status(Response.Status.NOT_FOUND).entity(pages.product(id,
          "Niet opgeslagen: het gekozen cluster of de actie bestaat niet (meer).", true, WebUsers.of(request))).build();
    }
  }
}
