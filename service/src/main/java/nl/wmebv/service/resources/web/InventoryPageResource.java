package nl.wmebv.service.resources.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.ListPage;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.ProductFilter;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.action.ActionService;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.product.ProductService;
import nl.wmebv.service.resources.ProductListParams;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.InventoryDisplay;
import nl.wmebv.service.views.InventoryRowView;
import nl.wmebv.service.views.InventoryView;
import nl.wmebv.service.vocabulary.Noun;

/**
 * The inventory table of the web view, with inline edit of cluster and action (htmx) and the bulk
 * form.
 */
@Path("/inventaris")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class InventoryPageResource {
  private static final List<String> PARAMS =
      List.of(
          "gemeente",
          "cluster",
          "channelStatus",
          "actionStatus",
          "flag",
          "textStatus",
          "q",
          "inScope",
          "sort",
          "page");

  private final MunicipalityService municipalities;
  private final ProductService products;
  private final WebPages pages;
  private final ProductDecisionForms forms;
  private final ActionService actions;
  private final BulkForms bulk;

  public InventoryPageResource(
      MunicipalityService municipalities,
      ProductService products,
      WebPages pages,
      ProductDecisionForms forms,
      ActionService actions,
      BulkForms bulk) {
    this.bulk = bulk;
    this.municipalities = municipalities;
    this.products = products;
    this.pages = pages;
    this.forms = forms;
    this.actions = actions;
  }

  /**
   * The list; {@code weergave=1} with {@code kolom} (repeated) and {@code per} is the person's
   * choice of columns and page size, which a cookie then keeps for the next visits and the row
   * fragments.
   */
  @GET
  public Response list(@Context UriInfo uri, @Context ContainerRequestContext request) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    String updated = params.getFirst("bijgewerkt");
    String notice =
        updated != null && updated.matches("\\d{1,4}")
            ? Noun.PRODUCT.count(Long.parseLong(updated)) + " bijgewerkt."
            : null;
    if (params.getFirst("weergave") == null) {
      return Response.ok(view(query(params), null, notice, request)).build();
    }
    InventoryDisplay chosen = InventoryDisplay.of(params.get("kolom"), params.getFirst("per"));
    // only display choices, no secret: readable by no script (HttpOnly), sent on the inventory's
    // paths only
    NewCookie cookie =
        new NewCookie.Builder(InventoryDisplay.COOKIE)
            .value(chosen.cookieValue())
            .path("/inventaris")
            .maxAge(365 * 24 * 3600)
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.LAX)
            .build();
    return Response.ok(view(query(params), null, notice, chosen, request)).cookie(cookie).build();
  }

  /**
   * The bulk form: one change for the ticked rows, all or none. Back to the same list with "N
   * producten bijgewerkt", or the list with the reason in Dutch (409 when someone else changed one
   * of them meanwhile).
   */
  @POST
  @Path("bulk")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response bulk(
      MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
    Map<String, String> query = query(form);
    InventoryView list = view(query, null, null, request);
    if (list.getMunicipality() == null) {
      throw new NotFoundException("No municipality");
    }
    int status;
    String message;
    try {
      int updated =
          bulk.apply(list.getMunicipality().id(), form, WebUsers.actor(request)).updated();
      UriBuilder back = UriBuilder.fromPath("/inventaris");
      query.forEach(
          (k, v) -> {
            if (v != null && !v.isBlank()) {
              back.queryParam(k, v);
            }
          });
      return Response.seeOther(back.queryParam("bijgewerkt", updated).build()).build();
    } catch (BulkForms.Refused e) {
      status = 422;
      message = "Niets bijgewerkt: " + e.getMessage();
    } catch (InvalidInputException e) {
      status = 422;
      message = "Niets bijgewerkt: " + String.join("; ", e.errors());
    } catch (StaleVersionException e) {
      status = 409;
      message =
          "Niets bijgewerkt: iemand anders wijzigde intussen "
              + names(e.current())
              + ". Dit is de nieuwste"
              + " stand; kies de producten opnieuw en voer uw wijziging opnieuw in.";
    }
    return Response.status(status).entity(view(query, message, null, request)).build();
  }

  private static String names(Object stale) {
    return stale instanceof List<?> products
        ? products.stream()
            .filter(ProductJson.class::isInstance)
            .map(p -> "“" + ((ProductJson) p).name() + "”")
            .collect(Collectors.joining(", "))
        : "een van deze producten";
  }

  private static Map<String, String> query(MultivaluedMap<String, String> params) {
    Map<String, String> query = new LinkedHashMap<>();
    PARAMS.forEach(p -> query.put(p, params.getFirst(p)));
    return query;
  }

  private InventoryView view(
      Map<String, String> query, String error, String notice, ContainerRequestContext request) {
    return view(query, error, notice, display(request), request);
  }

  /** The person's choice of columns and page size as the cookie keeps it, else the default. */
  static InventoryDisplay display(ContainerRequestContext request) {
    Cookie cookie = request.getCookies().get(InventoryDisplay.COOKIE);
    return InventoryDisplay.fromCookie(cookie == null ? null : cookie.getValue());
  }

  private InventoryView view(
      Map<String, String> query,
      String error,
      String notice,
      InventoryDisplay display,
      ContainerRequestContext request) {
    List<MunicipalityJson> all = municipalities.listFor(WebUsers.user(request));
    MunicipalityJson m = MunicipalityChoice.of(all, query.get("gemeente"));
    if (m == null) {
      return new InventoryView(
          null, all, List.of(), null, List.of(), query, null, WebUsers.of(request));
    }
    String flag = query.get("flag");
    try {
      ProductFilter filter =
          ProductListParams.parse(
              query.get("cluster"),
              query.get("channelStatus"),
              query.get("actionStatus"),
              flag == null || flag.isBlank() ? List.of() : List.of(flag),
              query.get("textStatus"),
              query.get("q"),
              query.get("inScope"),
              query.get("sort"),
              query.get("page"),
              String.valueOf(display.pageSize()));
      ListPage<ProductJson> page = products.list(m.id(), filter);
      // the open actions of the whole page in one query, not one per row
      Map<Long, ActionJson> open =
          actions.firstOpen(page.items().stream().map(ProductJson::id).toList());
      List<InventoryView.Row> rows =
          page.items().stream().map(p -> new InventoryView.Row(p, open.get(p.id()))).toList();
      return new InventoryView(
              m, all, pages.clusters(m.id()), page, rows, query, error, WebUsers.of(request))
          .withNotice(notice)
          .withDisplay(display);
    } catch (BadRequestException e) {
      return new InventoryView(
              m,
              all,
              pages.clusters(m.id()),
              null,
              List.of(),
              query,
              "Dit filter klopt niet: "
                  + DutchErrors.of(e.getMessage())
                  + " Kies de filters opnieuw.",
              WebUsers.of(request))
          .withDisplay(display);
    }
  }

  @GET
  @Path("rij/{id}")
  public InventoryRowView row(@PathParam("id") long id, @Context ContainerRequestContext request) {
    return rowView(id, false, null, request);
  }

  @GET
  @Path("rij/{id}/bewerken")
  @RolesAllowed(
      Role.EDITOR_NAME) // an edit form: viewers read the list and the product page instead
  public InventoryRowView edit(@PathParam("id") long id, @Context ContainerRequestContext request) {
    return rowView(id, true, null, request);
  }

  /**
   * Saves the inline form; a refusal comes back as the form with a Dutch message (htmx swaps 200
   * only).
   */
  @POST
  @Path("rij/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public InventoryRowView save(
      @PathParam("id") long id,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    try {
      forms.apply(id, form, WebUsers.actor(request));
      return rowView(id, false, null, request);
    } catch (StaleVersionException e) {
      return rowView(
          id,
          true,
          "Niet opgeslagen: iemand anders wijzigde dit product intussen. Dit is de nieuwste"
              + " stand; voer uw wijziging opnieuw in.",
          request);
    } catch (InvalidInputException e) {
      return rowView(
          id, true, "Niet opgeslagen: " + String.join(" ", DutchErrors.of(e.errors())), request);
    } catch (UnknownEntityException e) {
      return rowView(
          id, true, "Niet opgeslagen: dit cluster of deze actie bestaat niet (meer).", request);
    }
  }

  private InventoryRowView rowView(
      long id, boolean editing, String message, ContainerRequestContext request) {
    ProductJson p;
    try {
      p = products.find(id);
    } catch (UnknownEntityException e) {
      throw new NotFoundException("No product " + id);
    }
    return new InventoryRowView(
            row(p), pages.clusters(p.municipalityId()), editing, message, WebUsers.of(request))
        .withDisplay(display(request));
  }

  private InventoryView.Row row(ProductJson p) {
    return new InventoryView.Row(p, actions.firstOpen(List.of(p.id())).get(p.id()));
  }
}
