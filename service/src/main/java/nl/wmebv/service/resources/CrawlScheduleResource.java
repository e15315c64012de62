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
import nl.wmebv.service.api.CrawlScheduleInput;
import nl.wmebv.service.api.CrawlScheduleJson;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.schedule.CrawlSchedules;
import nl.wmebv.service.resources.auth.Actor;

/**
 * A site's crawl schedule (admins only): a cron expression or an interval; 422 for an invalid one.
 */
@Path("/api/sites/{siteId}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class CrawlScheduleResource {
  private final CrawlSchedules schedules;

  public CrawlScheduleResource(CrawlSchedules schedules) {
    this.schedules = schedules;
  }

  @GET
  public CrawlScheduleJson get(@PathParam("siteId") long siteId) {
    return schedules.get(siteId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public CrawlScheduleJson put(
      @PathParam("siteId") long siteId, JsonNode body, @Context ContainerRequestContext request) {
    return schedules.save(siteId, CrawlScheduleInput.read(body), Actor.of(request));
  }
}
