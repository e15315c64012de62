package nl.wmebv.service.resources.web;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmebv.service.api.DesignatedChannelJson;
import nl.wmebv.service.api.DesignationInput;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.designation.DesignationRegister;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.ChannelFormView;

/**
 * Adding, changing and removing one designated channel in the web view (Dutch form, same rules as
 * the API).
 */
@Path("/aanwijzing/kanalen")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class ChannelPageResource {
  private final MunicipalityService municipalities;
  private final DesignationRegister register;

  public ChannelPageResource(MunicipalityService municipalities, DesignationRegister register) {
    this.municipalities = municipalities;
    this.register = register;
  }

  @GET
  @Path("nieuw")
  @RolesAllowed(
      Role.EDITOR_NAME) // an edit form: viewers read the list and the product page instead
  public ChannelFormView newChannel(
      @QueryParam("gemeente") String id, @Context ContainerRequestContext request) {
    MunicipalityJson m = DesignationForms.municipality(municipalities, id);
    return form(m, null, DesignationForms.empty(), Set.of(), List.of(), request);
  }

  @GET
  @Path("{channelId: [0-9]+}")
  @RolesAllowed(
      Role.EDITOR_NAME) // an edit form: viewers read the list and the product page instead
  public ChannelFormView channel(
      @QueryParam("gemeente") String id,
      @PathParam("channelId") long channelId,
      @Context ContainerRequestContext request) {
    MunicipalityJson m = DesignationForms.municipality(municipalities, id);
    DesignatedChannelJson c = register.get(m.id(), channelId);
    Set<Long> selected =
        Set.copyOf(c.products().stream().map(DesignatedChannelJson.Product::productId).toList());
    return form(m, channelId, DesignationForms.of(c), selected, List.of(), request);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
    return save(
        DesignationForms.municipality(municipalities, form.getFirst("gemeente")),
        null,
        form,
        request);
  }

  @POST
  @Path("{channelId: [0-9]+}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(
      @PathParam("channelId") long channelId,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    return save(
        DesignationForms.municipality(municipalities, form.getFirst("gemeente")),
        channelId,
        form,
        request);
  }

  @POST
  @Path("{channelId: [0-9]+}/verwijderen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(
      @PathParam("channelId") long channelId,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    MunicipalityJson m = DesignationForms.municipality(municipalities, form.getFirst("gemeente"));
    try {
      register.delete(
          m.id(),
          channelId,
          Integer.parseInt(String.valueOf(form.getFirst("version"))),
          WebUsers.actor(request));
    } catch (StaleVersionException | NumberFormatException e) {
      return DesignationForms.back(m, "verouderd");
    }
    return DesignationForms.back(m, "verwijderd");
  }

  private Response save(
      MunicipalityJson m,
      Long channelId,
      MultivaluedMap<String, String> form,
      ContainerRequestContext request) {
    String actor = WebUsers.actor(request);
    try {
      if (channelId == null) {
        register.create(
            m.id(), DesignationInput.readNew(DesignationForms.body(form, false)), actor);
      } else {
        register.update(
            m.id(),
            channelId,
            DesignationInput.readUpdate(DesignationForms.body(form, true)),
            actor);
      }
      return DesignationForms.back(m, "opgeslagen");
    } catch (InvalidInputException e) {
      return Response.status(422)
          .entity(
              form(
                  m,
                  channelId,
                  DesignationForms.entered(form),
                  DesignationForms.selected(form),
                  DutchErrors.of(e.errors()),
                  request))
          .build();
    } catch (ConflictException | StaleVersionException e) {
      String why =
          e instanceof ConflictException
              ? "Dit adres is al aangewezen als ander kanaal."
              : "Iemand anders heeft dit kanaal intussen gewijzigd; open het opnieuw.";
      return Response.status(409)
          .entity(
              form(
                  m,
                  channelId,
                  DesignationForms.entered(form),
                  DesignationForms.selected(form),
                  List.of(why),
                  request))
          .build();
    }
  }

  private ChannelFormView form(
      MunicipalityJson m,
      Long channelId,
      Map<String, String> values,
      Set<Long> selected,
      List<String> errors,
      ContainerRequestContext request) {
    return new ChannelFormView(
        m,
        channelId,
        values,
        selected,
        register.productOptions(m.id()),
        errors,
        WebUsers.of(request));
  }
}
