package nl.wmebv.service.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmebv.service.api.MunicipalityActionJson;
import nl.wmebv.service.core.action.ActionService;

/**
 * JSON API: a municipality's actions with their product and cluster, filtered and sorted (who does
 * what, by when).
 */
@Path("/api/municipalities/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityActionResource {
  private final ActionService actions;

  public MunicipalityActionResource(ActionService actions) {
    this.actions = actions;
  }

  @GET
  public List<MunicipalityActionJson> list(
      @PathParam("id") long municipalityId,
      @QueryParam("owner") String owner,
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("deadlineBefore") String deadlineBefore,
      @QueryParam("cluster") String cluster,
      @QueryParam("sort") String sort) {
    return actions.list(
        municipalityId,
        ActionListParams.parse(owner, status, overdue, deadlineBefore, cluster, sort));
  }
}
