package nl.wmebv.service.resources.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.ListPage;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.ProductFilter;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.core.ActionService;
import nl.wmebv.service.core.MunicipalityService;
import nl.wmebv.service.core.ProductService;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.resources.ProductListParams;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.InventoryRowView;
import nl.wmebv.service.views.InventoryView;

/** The inventory table of the web view, with inline edit of cluster and action (htmx). */
@Path("/inventaris")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class InventoryPageResource {
  private static final List<String> PARAMS =
      List.of("gemeente", "cluster", "channelStatus", "actionStatus", "flag", "textStatus", "q", "inScope", "sort", "page");

  private final MunicipalityService municipalities;
  private final ProductService products;
  private final WebPages pages;
  private final DecisionForms forms;
  private final ActionService actions;

  public InventoryPageResource(MunicipalityService municipalities, ProductService products, WebPages pages,
      DecisionForms forms, ActionService actions) {
    this.municipalities = municipalities;
    this.products = products;
    this.pages = pages;
    this.forms = forms;
    this.actions = actions;
  }

  @GET
  public InventoryView list(@Context UriInfo uri, @Context ContainerRequestContext request) {
    Map<String, String> query = new LinkedHashMap<>();
    PARAMS.forEach(p -> query.put(p, uri.getQueryParameters().getFirst(p)));
    List<MunicipalityJson> all = municipalities.list();
    MunicipalityJson m = choose(all, query.get("gemeente"));
    if (m == null) {
      return new InventoryView(null, all, List.of(), null, List.of(), query, null, WebUsers.of(request));
    }
    String flag = query.get("flag");
    try {
      ProductFilter filter = ProductListParams.parse(query.get("cluster"), query.get("channelStatus"),
          query.get("actionStatus"), flag == null || flag.isBlank() ? List.of() : List.of(flag),
          query.get("textStatus"), query.get("q"), query.get("inScope"), query.get("sort"), query.get("page"), "50");
      ListPage<ProductJson> page = products.list(m.id(), filter);
      // the open actions of the whole page in one query, not one per row
      Map<Long, ActionJson> open = actions.firstOpen(page.items().stream().map(ProductJson::id).toList());
      List<InventoryView.Row> rows = page.items().stream().map(p -> new InventoryView.Row(p, open.get(p.id())))
          .toList();
      return new InventoryView(m, all, pages.clusters(m.id()), page, rows, query, null, WebUsers.of(request));
    } catch (BadRequestException e) {
      return new InventoryView(m, all, pages.clusters(m.id()), null, List.of(), query,
          "Dit filter klopt niet: " + DutchErrors.of(e.getMessage()) + " Kies de filters opnieuw.", WebUsers.of(request));
    }
  }

  @GET
  @Path("rij/{id}")
  public InventoryRowView row(@PathParam("id") long id, @Context ContainerRequestContext request) {
    return rowView(id, false, null, request);
  }

  @GET
  @Path("rij/{id}/bewerken")
  public InventoryRowView edit(@PathParam("id") long id, @Context ContainerRequestContext request) {
    return rowView(id, true, null, request);
  }

  /** Saves the inline form; a refusal comes back as the form with a Dutch message (htmx swaps 200 only). */
  @POST
  @Path("rij/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public InventoryRowView save(@PathParam("id") long id, MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    try {
      forms.apply(id, form, WebUsers.actor(request));
      return rowView(id, false, null, request);
    } catch (StaleVersionException e) {
      return rowView(id, true, "Niet opgeslagen: iemand anders wijzigde dit product intussen. Dit is de nieuwste"
          + " stand; voer uw wijziging opnieuw in.", request);
    } catch (InvalidInputException e) {
      return rowView(id, true, "Niet opgeslagen: " + String.join(" ", DutchErrors.of(e.errors())), request);
    } catch (UnknownEntityException e) {
      return rowView(id, true, "Niet opgeslagen: dit cluster of deze actie bestaat niet (meer).", request);
    }
  }

  private InventoryRowView rowView(long id, boolean editing, String message, ContainerRequestContext request) {
    ProductJson p;
    try {
      p = products.find(id);
    } catch (UnknownEntityException e) {
      throw new NotFoundException("No product " + id);
    }
    return new InventoryRowView(row(p), pages.clusters(p.municipalityId()), editing, message, WebUsers.of(request));
  }

  private InventoryView.Row row(ProductJson p) {
    return new InventoryView.Row(p, actions.firstOpen(List.of(p.id())).get(p.id()));
  }

  private static MunicipalityJson choose(List<MunicipalityJson> all, String id) {
    if (all.isEmpty()) {
      return null;
    }
    return all.stream().filter(m -> String.valueOf(m.id()).equals(id)).findFirst().orElse(all.get(0));
  }
}
