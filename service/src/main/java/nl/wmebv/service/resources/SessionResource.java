package nl.wmebv.service.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.api.SessionReportJson;
import nl.wmebv.service.core.SessionService;

/** Cluster sessions as JSON: the list, and per session every decision it recorded (the verslag's data). */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  private final SessionService sessions;

  public SessionResource(SessionService sessions) {
    this.sessions = sessions;
  }

  @GET
  public List<SessionJson> list() {
    return sessions.list();
  }

  @GET
  @Path("{id}")
  public SessionJson find(@PathParam("id") long id) {
    return sessions.find(id);
  }

  @GET
  @Path("{id}/decisions")
  public SessionReportJson decisions(@PathParam("id") long id) {
    return sessions.report(id);
  }
}
