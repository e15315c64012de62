package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.NewMunicipality;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.auth.WebUsers;

/** JSON API for municipalities, their sites and clusters. */
@Path("/api/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MunicipalityResource {
  private final MunicipalityService municipalities;

  public MunicipalityResource(MunicipalityService municipalities) {
    this.municipalities = municipalities;
  }

  @GET
  public List<MunicipalityJson> list(@Context ContainerRequestContext request) {
    return municipalities.listFor(
        WebUsers.user(request)); // only the caller's own municipalities (issue 14 §5)
  }

  @GET
  @Path("/{id}")
  public MunicipalityJson get(@PathParam("id") long id) {
    return municipalities
        .find(id)
        .orElseThrow(() -> new NotFoundException("No municipality with id " + id));
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME) // registering a municipality and its site: an admin's task
  public Response create(JsonNode json, @Context ContainerRequestContext request) {
    NewMunicipality body = NewMunicipality.read(json); // field by field: an unknown field is a 422
    // a taken name or URL is a ConflictException: 409
    MunicipalityJson created =
        municipalities.create(
            body.name(), body.baseUrl(), body.extraHosts(), WebUsers.user(request));
    return Response.created(URI.create("/api/municipalities/" + created.id()))
        .entity(created)
        .build();
  }
}
