package nl.wmebv.service.resources.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.CrawlScheduleJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.NewMunicipality;
import nl.wmebv.service.api.SiteJson;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.schedule.CrawlSchedules;
import nl.wmebv.service.core.schedule.DutchSchedule;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.MunicipalitiesView;
import nl.wmebv.service.views.MunicipalityView;

/**
 * Set-up without a developer (issue 14, section 4), in Dutch: admins register a municipality (name,
 * website, more hosts) and set per site its extra hosts, include/exclude patterns and crawl
 * schedule; everyone reads them. The forms go through the API's validated input ({@link
 * MunicipalityForms}) and the same core services.
 */
@Path("/gemeenten")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class MunicipalityPagesResource {
  private static final Map<String, String> DONE =
      Map.of(
          "geregistreerd",
              "De gemeente is geregistreerd, met de standaardclusters. Stel hieronder in wat er gecrawld"
                  + " wordt en wanneer.",
          "site", "De hosts en patronen zijn opgeslagen; de volgende crawl volgt ze.",
          "schema", "Het crawlschema is opgeslagen.");

  private final MunicipalityService municipalities;
  private final CrawlSchedules schedules;
  private final MunicipalityForms forms;

  public MunicipalityPagesResource(
      MunicipalityService municipalities, CrawlSchedules schedules, ObjectMapper json) {
    this.municipalities = municipalities;
    this.schedules = schedules;
    this.forms = new MunicipalityForms(json);
  }

  @GET
  public MunicipalitiesView list(@Context ContainerRequestContext request) {
    return listView(Map.of(), List.of(), request);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.ADMIN_NAME)
  public Response register(
      MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
    Map<String, String> entered =
        Map.of(
            "naam",
            value(form, "naam"),
            "website",
            value(form, "website"),
            "hosts",
            value(form, "hosts"));
    try {
      NewMunicipality input = forms.register(form);
      MunicipalityJson created =
          municipalities.create(
              input.name(), input.baseUrl(), input.extraHosts(), WebUsers.user(request));
      return Response.seeOther(URI.create("/gemeenten/" + created.id() + "?gedaan=geregistreerd"))
          .build();
    } catch (InvalidInputException e) {
      return Response.status(422)
          .entity(listView(entered, DutchErrors.of(e.errors()), request))
          .build();
    } catch (ConflictException e) {
      return Response.status(409)
          .entity(
              listView(
                  entered,
                  List.of("Er is al een gemeente met deze naam of een" + " website met dit adres."),
                  request))
          .build();
    }
  }

  @GET
  @Path("{id: [0-9]+}")
  public MunicipalityView page(
      @PathParam("id") long id,
      @QueryParam("gedaan") String done,
      @Context ContainerRequestContext request) {
    return view(
        municipality(id), done == null ? null : DONE.get(done), List.of(), null, Map.of(), request);
  }

  @POST
  @Path("{id: [0-9]+}/sites/{siteId: [0-9]+}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.ADMIN_NAME)
  public Response site(
      @PathParam("id") long id,
      @PathParam("siteId") long siteId,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    MunicipalityJson m = siteOf(id, siteId);
    try {
      municipalities.updateSite(siteId, forms.site(form), WebUsers.actor(request));
      return done(id, "site");
    } catch (InvalidInputException e) {
      return refused(m, siteId, DutchErrors.of(e.errors()), Map.of(), request);
    }
  }

  @POST
  @Path("{id: [0-9]+}/sites/{siteId: [0-9]+}/schema")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.ADMIN_NAME)
  public Response schedule(
      @PathParam("id") long id,
      @PathParam("siteId") long siteId,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    MunicipalityJson m = siteOf(id, siteId);
    Map<String, String> entered =
        Map.of(
            "soort",
            value(form, "soort"),
            "dag",
            value(form, "dag"),
            "tijd",
            value(form, "tijd"),
            "dagen",
            value(form, "dagen"),
            "actief",
            value(form, "actief"));
    try {
      schedules.save(siteId, forms.schedule(form), WebUsers.actor(request));
      return done(id, "schema");
    } catch (MunicipalityForms.FormException e) {
      return refused(m, siteId, e.dutch(), entered, request);
    } catch (InvalidInputException e) {
      return refused(m, siteId, DutchErrors.of(e.errors()), entered, request);
    }
  }

  private static Response done(long id, String what) {
    return Response.seeOther(URI.create("/gemeenten/" + id + "?gedaan=" + what)).build();
  }

  private Response refused(
      MunicipalityJson m,
      long siteId,
      List<String> errors,
      Map<String, String> schedule,
      ContainerRequestContext request) {
    return Response.status(422).entity(view(m, null, errors, siteId, schedule, request)).build();
  }

  private MunicipalitiesView listView(
      Map<String, String> form, List<String> errors, ContainerRequestContext request) {
    List<MunicipalitiesView.Entry> entries =
        municipalities.listFor(WebUsers.user(request)).stream()
            .map(
                m ->
                    new MunicipalitiesView.Entry(
                        m,
                        m.sites().stream()
                            .map(s -> MunicipalityView.wordsOf(schedules.get(s.id())))
                            .toList()))
            .toList();
    return new MunicipalitiesView(entries, form, errors, WebUsers.of(request));
  }

  /**
   * {@code schedule}: the schedule form as entered for {@code errorSite}, else each site's stored
   * schedule.
   */
  private MunicipalityView view(
      MunicipalityJson m,
      String message,
      List<String> errors,
      Long errorSite,
      Map<String, String> schedule,
      ContainerRequestContext request) {
    List<MunicipalityView.Site> sites =
        m.sites().stream().map(s -> site(s, errorSite, schedule)).toList();
    return new MunicipalityView(m, sites, message, errors, errorSite, WebUsers.of(request));
  }

  private MunicipalityView.Site site(SiteJson s, Long errorSite, Map<String, String> entered) {
    CrawlScheduleJson schedule = schedules.get(s.id());
    Map<String, String> form =
        errorSite != null && errorSite == s.id() && !entered.isEmpty()
            ? entered
            : MunicipalityView.formOf(schedule);
    boolean custom = schedule.cron() != null && DutchSchedule.of(schedule.cron(), null).isEmpty();
    return new MunicipalityView.Site(s, schedule, MunicipalityView.wordsOf(schedule), form, custom);
  }

  private MunicipalityJson municipality(long id) {
    return municipalities
        .find(id)
        .orElseThrow(() -> new NotFoundException("No municipality with id " + id));
  }

  private MunicipalityJson siteOf(long id, long siteId) {
    MunicipalityJson m = municipality(id);
    if (m.sites().stream().noneMatch(s -> s.id() == siteId)) {
      throw new NotFoundException("No site " + siteId + " of municipality " + id);
    }
    return m;
  }

  private static String value(MultivaluedMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null ? "" : v;
  }
}
