package nl.wmebv.service.resources.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.ActionFilter;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.action.ActionService;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.ActionListParams;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.ActionsView;

/**
 * The actions page of the web view (Dutch): who does what, by when, with the same filters as the
 * API.
 */
@Path("/acties")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class ActionsPageResource {
  /** The page's parameters (Dutch, as the form names them); each maps onto one of the API's. */
  private static final List<String> PARAMS =
      List.of("gemeente", "eigenaar", "cluster", "status", "telaat", "deadlineVoor", "sort");

  private final MunicipalityService municipalities;
  private final WebPages pages;
  private final ActionService actions;

  public ActionsPageResource(
      MunicipalityService municipalities, WebPages pages, ActionService actions) {
    this.municipalities = municipalities;
    this.pages = pages;
    this.actions = actions;
  }

  @GET
  public ActionsView list(@Context UriInfo uri, @Context ContainerRequestContext request) {
    Map<String, String> query = new LinkedHashMap<>();
    PARAMS.forEach(p -> query.put(p, uri.getQueryParameters().getFirst(p)));
    List<MunicipalityJson> all = municipalities.listFor(WebUsers.user(request));
    MunicipalityJson m = MunicipalityChoice.of(all, query.get("gemeente"));
    if (m == null) {
      return new ActionsView(null, all, List.of(), List.of(), query, null, WebUsers.of(request));
    }
    try {
      // the checkbox "alleen te laat" sends telaat=ja; unticked it sends nothing, which is no
      // filter
      ActionFilter filter =
          ActionListParams.parse(
              query.get("eigenaar"),
              query.get("status"),
              "ja".equals(query.get("telaat")) ? "true" : null,
              query.get("deadlineVoor"),
              query.get("cluster"),
              query.get("sort"));
      return new ActionsView(
          m,
          all,
          pages.clusters(m.id()),
          actions.list(m.id(), filter),
          query,
          null,
          WebUsers.of(request));
    } catch (BadRequestException e) {
      return new ActionsView(
          m,
          all,
          pages.clusters(m.id()),
          List.of(),
          query,
          "Dit filter klopt niet (" + e.getMessage() + "). Kies de filters opnieuw.",
          WebUsers.of(request));
    }
  }
}
