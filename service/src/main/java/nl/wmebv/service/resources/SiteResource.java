package nl.wmebv.service.resources;

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
import nl.wmebv.service.api.SiteJson;
import nl.wmebv.service.api.SiteSettingsInput;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.auth.Actor;

/**
 * What a crawl of a site covers: its extra hosts and include/exclude patterns (changed by admins
 * only).
 */
@Path("/api/sites/{siteId}/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {
  private final MunicipalityService municipalities;

  public SiteResource(MunicipalityService municipalities) {
    this.municipalities = municipalities;
  }

  @GET
  public SiteJson get(@PathParam("siteId") long siteId) {
    return municipalities.site(siteId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  public SiteJson put(
      @PathParam("siteId") long siteId, JsonNode body, @Context ContainerRequestContext request) {
    return municipalities.updateSite(siteId, SiteSettingsInput.read(body), Actor.of(request));
  }
}
