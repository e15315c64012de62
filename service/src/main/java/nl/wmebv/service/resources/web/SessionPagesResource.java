package nl.wmebv.service.resources.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.api.SessionDecisionJson;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.session.SessionMinutes;
import nl.wmebv.service.core.session.SessionMinutesDocx;
import nl.wmebv.service.core.session.SessionMinutesPdf;
import nl.wmebv.service.core.session.SessionPosition;
import nl.wmebv.service.core.session.SessionService;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.Labels;
import nl.wmebv.service.views.ProductPageView;
import nl.wmebv.service.views.SessionConfirmView;
import nl.wmebv.service.views.SessionProductView;
import nl.wmebv.service.views.SessionReportView;
import nl.wmebv.service.views.SessionView;
import nl.wmebv.service.views.SessionsView;

/**
 * Cluster sessions in the web view (Dutch): plan one, run it product by product (session mode,
 * recording each decision through {@link ProductDecisionForms} like the product page does), finish
 * it, and read its verslag. As a meeting: the chair's screen leads, whoever follows is taken along
 * by a poll ({@code volgen}); finishing and deleting ask first, on a page of their own, so they
 * need no script and a stray POST changes nothing.
 */
@Path("/sessies")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class SessionPagesResource {
  /**
   * The form field that confirms "Sessie afronden" and "Sessie verwijderen" (without it they only
   * ask).
   */
  static final String CONFIRMED = "bevestigd";

  /**
   * The form fields that are no entry of the person (kept out of the form refilled after a refused
   * save).
   */
  private final SessionService sessions;

  private final MunicipalityService municipalities;
  private final WebPages pages;
  private final ProductDecisionForms forms;

  public SessionPagesResource(
      SessionService sessions,
      MunicipalityService municipalities,
      WebPages pages,
      ProductDecisionForms forms) {
    this.sessions = sessions;
    this.municipalities = municipalities;
    this.pages = pages;
    this.forms = forms;
  }

  @GET
  public SessionsView list(
      @QueryParam("verwijderd") String deleted, @Context ContainerRequestContext request) {
    return listView(
        List.of(), Map.of(), deleted != null ? "De sessie is verwijderd." : null, request);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response plan(
      MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
    try {
      long id =
          sessions.plan(
              form.getFirst("clusterId"),
              form.getFirst("date"),
              form.getFirst("time"),
              form.getFirst("participants"),
              WebUsers.actor(request));
      return Response.seeOther(URI.create("/sessies/" + id + "?gepland=1")).build();
    } catch (InvalidInputException e) {
      Map<String, String> entered = new LinkedHashMap<>();
      for (String field : List.of("clusterId", "date", "time", "participants")) {
        entered.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
      }
      return Response.status(422).entity(listView(e.errors(), entered, null, request)).build();
    }
  }

  @GET
  @Path("{id}")
  public SessionView session(
      @PathParam("id") long id,
      @QueryParam("gepland") String planned,
      @QueryParam("alles") String all,
      @QueryParam("gewijzigd") String changed,
      @Context ContainerRequestContext request) {
    String message =
        planned != null
            ? "De sessie is gepland."
            : changed != null
                ? "De sessie is gewijzigd."
                : all != null
                    ? "Alle producten van deze sessie zijn besproken. Rond de sessie af om het verslag vast te leggen."
                    : null;
    return sessionView(find(id), message, false, request);
  }

  /** Changes a planned session (cluster, date, time, participants); refused once it has started. */
  @POST
  @Path("{id}/wijzigen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(
      @PathParam("id") long id,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    SessionJson session = find(id);
    try {
      sessions.updateFromForm(
          id,
          form.getFirst("clusterId"),
          form.getFirst("date"),
          form.getFirst("time"),
          form.getFirst("participants"));
    } catch (InvalidInputException e) {
      return Response.status(422)
          .entity(
              sessionView(
                  session,
                  "De sessie is niet gewijzigd: " + String.join(" ", e.errors()),
                  true,
                  request))
          .build();
    } catch (ConflictException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(sessionView(session, e.dutch(), true, request))
          .build();
    }
    return Response.seeOther(URI.create("/sessies/" + id + "?gewijzigd=1")).build();
  }

  /**
   * Deletes a planned session; one in progress or done is refused (its decisions are never lost).
   */
  @POST
  @Path("{id}/verwijderen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(
      @PathParam("id") long id,
      @FormParam(CONFIRMED) String confirmed,
      @Context ContainerRequestContext request) {
    SessionJson session = find(id);
    if (!"ja".equals(confirmed) && "PLANNED".equals(session.status())) {
      return Response.ok(confirmView(session, SessionConfirmView.What.DELETE, request)).build();
    }
    try {
      sessions.delete(id);
    } catch (ConflictException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(sessionView(session, e.dutch(), true, request))
          .build();
    }
    return Response.seeOther(URI.create("/sessies?verwijderd=1")).build();
  }

  @POST
  @Path("{id}/starten")
  public Response start(@PathParam("id") long id, @Context ContainerRequestContext request) {
    SessionJson session = find(id);
    if (!sessions.start(id, WebUsers.actor(request)) && "DONE".equals(session.status())) {
      return Response.status(Response.Status.CONFLICT)
          .entity(
              sessionView(
                  session, "Deze sessie is al afgerond; bekijk het verslag.", true, request))
          .build();
    }
    if (sessions.productIds(session).isEmpty()) {
      return Response.seeOther(URI.create("/sessies/" + id)).build();
    }
    return Response.seeOther(URI.create("/sessies/" + id + "/product/1")).build();
  }

  @GET
  @Path("{id}/product/{n}")
  public SessionProductView product(
      @PathParam("id") long id,
      @PathParam("n") int n,
      @QueryParam("opgeslagen") Long saved,
      @QueryParam("volgen") String follow,
      @Context ContainerRequestContext request) {
    SessionJson session = find(id);
    List<Long> ids = sessions.productIds(session);
    if (n < 1 || n > ids.size()) {
      throw new NotFoundException("Session " + id + " has no product " + n);
    }
    // the chair's screen leads the meeting: opening a product takes the followers along (a no-op
    // for anyone else)
    if (!"nee".equals(follow) && isEditor(request)) {
      sessions.chairOpened(id, ids.get(n - 1), WebUsers.actor(request));
    }
    String message = null;
    if (saved != null) {
      message =
          sessions.report(id).decisions().stream()
              .filter(d -> d.productId() == saved)
              .findFirst()
              .map(d -> "Besluit over “" + d.productName() + "” opgeslagen.")
              .orElse(null);
    }
    return productView(session, ids, n, message, false, null, request)
        .followOff("nee".equals(follow));
  }

  /**
   * The follow poll (htmx, every 2 s): nothing (204) while the chair's product and the session's
   * decisions are as the page shows them ({@code stand}); else the content of the chair's product
   * with what was decided on it, swapped in for the page's content, and the address bar set to it
   * when the chair moved on.
   */
  @GET
  @Path("{id}/volgen")
  public Response follow(
      @PathParam("id") long id,
      @QueryParam("bij") Long shown,
      @QueryParam("stand") String state,
      @Context ContainerRequestContext request) {
    SessionJson session = find(id);
    List<Long> ids = sessions.productIds(session);
    SessionPosition position = sessions.position(id);
    List<SessionDecisionJson> decisions = sessions.report(id).decisions();
    if (followToken(session, position, decisions).equals(state)) {
      return Response.noContent().build();
    }
    Long at = position.currentProductId();
    boolean moved = at != null && ids.contains(at) && !at.equals(shown);
    int n = moved ? ids.indexOf(at) + 1 : shown == null ? 0 : ids.indexOf(shown) + 1;
    if (n == 0) {
      return Response.noContent()
          .build(); // the chair has not opened a product yet, and the page shows none
    }
    SessionProductView view = productView(session, ids, n, null, false, null, request, true);
    Response.ResponseBuilder reply =
        Response.ok(view).header("HX-Retarget", "#sessie-inhoud").header("HX-Reswap", "outerHTML");
    return moved
        ? reply.header("HX-Push-Url", "/sessies/" + id + "/product/" + n).build()
        : reply.build();
  }

  /**
   * "Meekijken": to the product on the chair's screen (the first one while the chair has opened
   * none).
   */
  @GET
  @Path("{id}/meekijken")
  public Response watch(@PathParam("id") long id) {
    SessionJson session = find(id);
    List<Long> ids = sessions.productIds(session);
    Long at = sessions.position(id).currentProductId();
    int n = at != null && ids.contains(at) ? ids.indexOf(at) + 1 : 1;
    return Response.seeOther(
            URI.create(ids.isEmpty() ? "/sessies/" + id : "/sessies/" + id + "/product/" + n))
        .build();
  }

  /** "Voorzitter worden": an editor takes over the chair, on the product they are looking at. */
  @POST
  @Path("{id}/voorzitter")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response takeChair(
      @PathParam("id") long id,
      @FormParam("n") String n,
      @Context ContainerRequestContext request) {
    SessionJson session = find(id);
    if (!sessions.takeChair(id, WebUsers.actor(request))) {
      return Response.status(Response.Status.CONFLICT)
          .entity(
              sessionView(
                  session, "Alleen een sessie die bezig is heeft een voorzitter.", true, request))
          .build();
    }
    String product = n != null && n.matches("[0-9]{1,6}") ? "/product/" + n : "";
    return Response.seeOther(URI.create("/sessies/" + id + product)).build();
  }

  @POST
  @Path("{id}/besluit/{productId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(
      @PathParam("id") long id,
      @PathParam("productId") long productId,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    SessionJson session = find(id);
    List<Long> ids = sessions.productIds(session);
    int n = ids.indexOf(productId) + 1;
    if (n == 0) {
      throw new NotFoundException("Product " + productId + " is not discussed in session " + id);
    }
    String actor = WebUsers.actor(request);
    try {
      sessions.record(
          id, productId, actionId(form), actor, () -> forms.apply(productId, form, actor));
    } catch (SessionService.SessionNotOpenException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(
              productView(
                  session,
                  ids,
                  n,
                  "Niet opgeslagen: deze sessie is "
                      + ("DONE".equals(e.status()) ? "al afgerond" : "nog niet gestart")
                      + ". Besluiten leggen we vast terwijl de sessie bezig is.",
                  true,
                  submitted(form),
                  request))
          .build();
    } catch (StaleVersionException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(
              kept(
                  productView(session, ids, n, null, true, submitted(form), request),
                  form,
                  loadedAt(form)))
          .build();
    } catch (InvalidInputException e) {
      return Response.status(422)
          .entity(
              kept(
                  productView(
                      session,
                      ids,
                      n,
                      "Niet opgeslagen: " + String.join(" ", DutchErrors.of(e.errors())),
                      true,
                      submitted(form),
                      request),
                  form,
                  null))
          .build();
    } catch (UnknownEntityException e) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(
              productView(
                  session,
                  ids,
                  n,
                  "Niet opgeslagen: het gekozen cluster of de actie bestaat niet (meer).",
                  true,
                  submitted(form),
                  request))
          .build();
    }
    // the list may have changed (the decision can move the product to another cluster): go on after
    // it
    List<Long> now = sessions.productIds(session);
    int next = now.indexOf(productId) + 2;
    if (next > now.size()) {
      return Response.seeOther(URI.create("/sessies/" + id + "?alles=1")).build();
    }
    return Response.seeOther(
            URI.create("/sessies/" + id + "/product/" + next + "?opgeslagen=" + productId))
        .build();
  }

  @POST
  @Path("{id}/afronden")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response finish(
      @PathParam("id") long id,
      @FormParam(CONFIRMED) String confirmed,
      @Context ContainerRequestContext request) {
    SessionJson session = find(id);
    if (!"ja".equals(confirmed) && "IN_PROGRESS".equals(session.status())) {
      return Response.ok(confirmView(session, SessionConfirmView.What.FINISH, request)).build();
    }
    if (!sessions.finish(id)) {
      return Response.status(Response.Status.CONFLICT)
          .entity(
              sessionView(
                  session,
                  "DONE".equals(session.status())
                      ? "Deze sessie is al afgerond."
                      : "Start de sessie eerst.",
                  true,
                  request))
          .build();
    }
    return Response.seeOther(URI.create("/sessies/" + id + "/verslag")).build();
  }

  @GET
  @Path("{id}/verslag")
  public SessionReportView report(
      @PathParam("id") long id, @Context ContainerRequestContext request) {
    find(id);
    return new SessionReportView(sessions.report(id), WebUsers.of(request));
  }

  /** The verslag as a Word document (.docx), to take home. */
  @GET
  @Path("{id}/verslag.docx")
  @Produces(SessionMinutesDocx.MIME)
  public Response reportAsWord(@PathParam("id") long id) {
    SessionMinutes minutes = minutes(id);
    return download(
        SessionMinutesDocx.render(minutes), SessionMinutesDocx.MIME, minutes.fileName("docx"));
  }

  /** The verslag as PDF (A4, page numbers, the municipality in the footer). */
  @GET
  @Path("{id}/verslag.pdf")
  @Produces(SessionMinutesPdf.MIME)
  public Response reportAsPdf(@PathParam("id") long id) {
    SessionMinutes minutes = minutes(id);
    return download(
        SessionMinutesPdf.render(minutes), SessionMinutesPdf.MIME, minutes.fileName("pdf"));
  }

  private SessionMinutes minutes(long id) {
    find(id);
    return SessionMinutes.of(sessions.report(id));
  }

  private static Response download(byte[] file, String type, String fileName) {
    // the file name is ASCII letters, digits and dashes (SessionMinutes.fileName), so it needs no
    // quoting rules
    return Response.ok(file, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  private SessionJson find(long id) {
    try {
      return sessions.find(id);
    } catch (UnknownEntityException e) {
      throw new NotFoundException("No session " + id);
    }
  }

  private SessionsView listView(
      List<String> errors,
      Map<String, String> form,
      String message,
      ContainerRequestContext request) {
    return new SessionsView(
        sessions.listFor(WebUsers.user(request)),
        municipalities.listFor(WebUsers.user(request)),
        errors,
        form,
        message,
        WebUsers.of(request));
  }

  private SessionView sessionView(
      SessionJson session, String message, boolean error, ContainerRequestContext request) {
    SessionJson current = sessions.find(session.id());
    List<ClusterJson> clusters =
        municipalities
            .find(current.municipalityId())
            .map(MunicipalityJson::clusters)
            .orElse(List.of());
    return new SessionView(
        current,
        sessions.products(current),
        sessions.decidedProductIds(current.id()),
        clusters,
        message,
        error,
        WebUsers.of(request));
  }

  private SessionProductView productView(
      SessionJson session,
      List<Long> ids,
      int n,
      String message,
      boolean error,
      List<String> submitted,
      ContainerRequestContext request) {
    return productView(session, ids, n, message, error, submitted, request, false);
  }

  private SessionProductView productView(
      SessionJson session,
      List<Long> ids,
      int n,
      String message,
      boolean error,
      List<String> submitted,
      ContainerRequestContext request,
      boolean contentOnly) {
    long productId = ids.get(n - 1);
    SessionJson current = sessions.find(session.id());
    List<SessionDecisionJson> decisions = sessions.report(current.id()).decisions();
    SessionDecisionJson decided =
        decisions.stream().filter(d -> d.productId() == productId).findFirst().orElse(null);
    ProductPageView product = pages.product(productId, null, false, WebUsers.of(request));
    SessionProductView view =
        contentOnly
            ? SessionProductView.content(
                current, n, ids.size(), product, decided, WebUsers.of(request))
            : new SessionProductView(
                current,
                n,
                ids.size(),
                product,
                decided,
                message,
                error,
                submitted,
                WebUsers.of(request));
    SessionPosition position = sessions.position(current.id());
    SessionDecisionJson latest =
        decisions.stream().max(Comparator.comparing(SessionDecisionJson::decidedAt)).orElse(null);
    return view.meeting(position, followToken(current, position, decisions), latest);
  }

  /**
   * What the follow poll compares: the session's status, the chair's product and the decisions
   * recorded (how many, the latest when); any change brings the follower a new view.
   */
  static String followToken(
      SessionJson session, SessionPosition position, List<SessionDecisionJson> decisions) {
    long latest =
        decisions.stream().mapToLong(d -> d.decidedAt().toInstant().toEpochMilli()).max().orElse(0);
    return session.status()
        + "."
        + (position.currentProductId() == null ? "-" : position.currentProductId())
        + "."
        + decisions.size()
        + "."
        + latest;
  }

  /**
   * The refused form refilled with the entry, beside the product's current state in the same words.
   */
  private static SessionProductView kept(
      SessionProductView view, MultivaluedMap<String, String> form, Instant conflictSince) {
    return view.kept(
        ProductDecisionForms.entry(form),
        submitted(stateOf(view.getDetail().product(), view.getCurrentAction())),
        conflictSince);
  }

  /**
   * The product's current decision as the form's fields, so it reads in the same words as an entry.
   */
  static MultivaluedMap<String, String> stateOf(ProductJson p, ActionJson action) {
    MultivaluedMap<String, String> state = new jakarta.ws.rs.core.MultivaluedHashMap<>();
    state.putSingle("inScope", p.inScope() == null ? "" : p.inScope().toString());
    state.putSingle("messageTypesShown", "1");
    if (p.messageTypes() != null && !p.messageTypes().isEmpty()) {
      state.put("messageTypes", new ArrayList<>(p.messageTypes()));
    }
    state.putSingle(
        "channelStatusOverride",
        p.channelStatusOverride() == null ? "" : p.channelStatusOverride());
    state.putSingle("textStatus", p.textStatus());
    state.putSingle("actionType", action == null ? "" : action.type());
    if (action != null) {
      state.putSingle("actionOwner", action.owner());
      state.putSingle(
          "actionDeadline", action.deadline() == null ? null : action.deadline().toString());
      state.putSingle("actionStatus", action.status());
    }
    state.putSingle("notes", p.notes());
    return state;
  }

  /**
   * When the refused form was rendered (its hidden field); now when it did not say (the newest
   * change is named).
   */
  private static Instant loadedAt(MultivaluedMap<String, String> form) {
    try {
      String at = form.getFirst("geladen");
      return at == null ? Instant.now() : Instant.parse(at.trim());
    } catch (DateTimeParseException e) {
      return Instant.now();
    }
  }

  private SessionConfirmView confirmView(
      SessionJson session, SessionConfirmView.What what, ContainerRequestContext request) {
    return new SessionConfirmView(
        session,
        what,
        sessions.decidedProductIds(session.id()).size(),
        sessions.productIds(session).size(),
        WebUsers.of(request));
  }

  private static boolean isEditor(ContainerRequestContext request) {
    User user = WebUsers.user(request);
    return user != null && user.role().includes(Role.EDITOR);
  }

  private static Long actionId(MultivaluedMap<String, String> form) {
    try {
      String v = form.getFirst("actionId");
      return v == null || v.isBlank() ? null : Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The form's values in words, shown after a failed save so the user can enter them again. */
  static List<String> submitted(MultivaluedMap<String, String> form) {
    Map<String, Map<String, String>> l = Labels.ALL;
    List<String> lines = new ArrayList<>();
    String scope = form.getFirst("inScope");
    if (scope != null) {
      lines.add(
          "Valt onder de WMEBV: "
              + ("true".equals(scope)
                  ? "ja"
                  : "false".equals(scope) ? "nee" : "nog niet besloten"));
    }
    if (form.containsKey("messageTypesShown")) {
      List<String> types = form.get("messageTypes") == null ? List.of() : form.get("messageTypes");
      lines.add(
          "Soorten berichten: "
              + (types.isEmpty()
                  ? "geen"
                  : String.join(
                      ", ",
                      types.stream().map(t -> l.get("messageType").getOrDefault(t, t)).toList())));
    }
    add(
        lines,
        "Kanaalstatus",
        l.get("channelStatus"),
        form.getFirst("channelStatusOverride"),
        "volg de crawler");
    add(lines, "Webtekst", l.get("textStatus"), form.getFirst("textStatus"), null);
    add(lines, "Actie", l.get("actionType"), form.getFirst("actionType"), "geen");
    add(lines, "Eigenaar", Map.of(), form.getFirst("actionOwner"), null);
    add(lines, "Deadline", Map.of(), dutchDate(form.getFirst("actionDeadline")), null);
    add(lines, "Status actie", l.get("actionStatus"), form.getFirst("actionStatus"), null);
    add(lines, "Notities", Map.of(), form.getFirst("notes"), null);
    return lines;
  }

  /** A date field's yyyy-mm-dd as the Dutch write it (15-03-2026); anything else as typed. */
  private static String dutchDate(String value) {
    try {
      return value == null || value.isBlank()
          ? value
          : DutchTime.date(LocalDate.parse(value.trim()));
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private static void add(
      List<String> lines, String label, Map<String, String> labels, String value, String blank) {
    if (value == null || value.isBlank()) {
      if (blank != null && value != null) {
        lines.add(label + ": " + blank);
      }
      return;
    }
    lines.add(label + ": " + labels.getOrDefault(value, value));
  }
}
