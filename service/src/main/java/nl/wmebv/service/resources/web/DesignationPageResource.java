package nl.wmebv.service.resources.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmebv.service.api.DesignationDecisionSettingsInput;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.designation.DesignationDecisionSettingsStore;
import nl.wmebv.service.core.designation.DesignationDecisionVersions;
import nl.wmebv.service.core.designation.DesignationProposals;
import nl.wmebv.service.core.designation.DesignationRegister;
import nl.wmebv.service.core.designation.FindingActions;
import nl.wmebv.service.core.designation.RegisterChecks;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.DesignationView;

/**
 * The "Aanwijzing" page (Dutch): the register, its checks, proposals from the inventory and the
 * decision's versions.
 */
@Path("/aanwijzing")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class DesignationPageResource {
  private final MunicipalityService municipalities;
  private final DesignationRegister register;
  private final DesignationProposals proposals;
  private final RegisterChecks checks;
  private final DesignationDecisionVersions versions;
  private final DesignationDecisionSettingsStore settings;
  private final FindingActions findingActions;

  public DesignationPageResource(
      MunicipalityService municipalities,
      DesignationRegister register,
      DesignationProposals proposals,
      RegisterChecks checks,
      DesignationDecisionVersions versions,
      DesignationDecisionSettingsStore settings,
      FindingActions findingActions) {
    this.settings = settings;
    this.findingActions = findingActions;
    this.municipalities = municipalities;
    this.register = register;
    this.proposals = proposals;
    this.checks = checks;
    this.versions = versions;
  }

  /**
   * @param message a message code (see {@link DesignationView}) after a change
   */
  @GET
  public DesignationView page(
      @QueryParam("gemeente") String id,
      @QueryParam("melding") String message,
      @Context ContainerRequestContext request) {
    List<MunicipalityJson> all = municipalities.listFor(WebUsers.user(request));
    MunicipalityJson m =
        all.stream()
            .filter(x -> String.valueOf(x.id()).equals(id))
            .findFirst()
            .orElse(all.isEmpty() ? null : all.get(0));
    DesignationView.Data data =
        m == null
            ? new DesignationView.Data(
                null, all, List.of(), List.of(), List.of(), List.of(), null, null, null)
            : new DesignationView.Data(
                m,
                all,
                register.list(m.id()),
                checks.run(m.id()),
                proposals.list(m.id()),
                versions.list(m.id()),
                versions.pending(m.id()),
                message,
                settings.get(m.id()));
    return new DesignationView(data, WebUsers.of(request));
  }

  /** Saves the choices for the decision, through the API's validation. */
  @POST
  @Path("instellingen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveSettings(
      MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
    MunicipalityJson m = DesignationForms.municipality(municipalities, form.getFirst("gemeente"));
    try {
      settings.save(
          m.id(),
          DesignationDecisionSettingsInput.read(DesignationForms.settingsBody(form)),
          WebUsers.actor(request));
      return DesignationForms.back(m, "instellingen");
    } catch (InvalidInputException e) {
      return DesignationForms.back(m, "instellingen-ongeldig");
    } catch (StaleVersionException e) {
      return DesignationForms.back(m, "instellingen-verouderd");
    }
  }

  /** Accepts the ticked proposals (form field "key", repeated). */
  @POST
  @Path("voorstellen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response accept(
      MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
    MunicipalityJson m = DesignationForms.municipality(municipalities, form.getFirst("gemeente"));
    try {
      proposals.accept(m.id(), form.getOrDefault("key", List.of()), WebUsers.actor(request));
      return DesignationForms.back(m, "overgenomen");
    } catch (InvalidInputException e) {
      return DesignationForms.back(m, "niets-overgenomen");
    }
  }

  /**
   * Makes a check finding on a product an action on that product (form fields gemeente, regel,
   * product).
   */
  @POST
  @Path("bevindingen/actie")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response findingToAction(
      MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
    MunicipalityJson m = DesignationForms.municipality(municipalities, form.getFirst("gemeente"));
    long product;
    try {
      product = Long.parseLong(String.valueOf(form.getFirst("product")).strip());
    } catch (NumberFormatException e) {
      return DesignationForms.back(m, "actie-geen-bevinding");
    }
    return findingActions
        .act(m.id(), String.valueOf(form.getFirst("regel")), product, WebUsers.actor(request))
        .map(o -> DesignationForms.back(m, o.created() ? "actie" : "actie-bestond"))
        .orElseGet(() -> DesignationForms.back(m, "actie-geen-bevinding"));
  }
}
