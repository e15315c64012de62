package nl.wmebv.service.resources.auth;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmebv.service.api.MunicipalityAccessInput;
import nl.wmebv.service.core.auth.MunicipalityAccess;
import nl.wmebv.service.core.auth.MunicipalityScopes;
import nl.wmebv.service.core.auth.Role;

/** Admins read and set which municipalities a user sees (issue 14 §5). */
@Path("/api/users/{userId}/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UserScopeResource {
  /** The answer: all municipalities, or the assigned ids in order. */
  public record AccessJson(boolean allMunicipalities, List<Long> municipalityIds) {
    static AccessJson of(MunicipalityAccess a) {
      return new AccessJson(a.all(), a.ids().stream().sorted().toList());
    }
  }

  private final MunicipalityScopes scopes;

  public UserScopeResource(MunicipalityScopes scopes) {
    this.scopes = scopes;
  }

  @GET
  public AccessJson get(@PathParam("userId") long userId) {
    return AccessJson.of(scopes.accessOfUser(userId));
  }

  @PUT
  public AccessJson put(
      @PathParam("userId") long userId, JsonNode body, @Context ContainerRequestContext request) {
    MunicipalityAccessInput in = MunicipalityAccessInput.read(body);
    return AccessJson.of(
        scopes.replace(userId, in.allMunicipalities(), in.municipalityIds(), Actor.of(request)));
  }
}
