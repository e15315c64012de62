package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.wmebv.service.api.JsonInput;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.api.SessionReportJson;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.session.SessionService;
import nl.wmebv.service.resources.auth.WebUsers;

/**
 * Cluster sessions as JSON: the list, per session every decision it recorded (the verslag's data),
 * and changing or deleting a session that is still planned.
 */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  private final SessionService sessions;

  public SessionResource(SessionService sessions) {
    this.sessions = sessions;
  }

  @GET
  public List<SessionJson> list(@Context ContainerRequestContext request) {
    return sessions.listFor(
        WebUsers.user(request)); // only the caller's municipalities' sessions (issue 14 §5)
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

  /**
   * Changes a planned session: any of {@code clusterId} (a cluster of the same municipality),
   * {@code plannedAt} (ISO-8601, with an offset or else Dutch time) and {@code participants}. 409
   * once it has started.
   */
  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SessionJson update(@PathParam("id") long id, JsonNode body) {
    List<String> fields = List.of("clusterId", "plannedAt", "participants");
    JsonInput in = new JsonInput(body, fields);
    for (String field : List.of("clusterId", "plannedAt")) {
      if (in.has(field)) {
        in.require(field);
      }
    }
    Long clusterId = in.id("clusterId");
    OffsetDateTime plannedAt = plannedAt(in.string("plannedAt", 40), in);
    String participants =
        in.has("participants") ? in.string("participants", SessionService.MAX_PARTICIPANTS) : null;
    if (in.has("participants") && participants == null) {
      participants = ""; // null or blank clears the list
    }
    if (body != null && body.isObject() && fields.stream().noneMatch(in::has)) {
      in.error("give at least one of " + String.join(", ", fields));
    }
    in.check();
    return sessions.update(id, clusterId, plannedAt, participants);
  }

  /** Deletes a planned session (204); 409 once it has started, so its decisions are never lost. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    sessions.delete(id);
    return Response.noContent().build();
  }

  private static OffsetDateTime plannedAt(String text, JsonInput in) {
    if (text == null) {
      return null;
    }
    OffsetDateTime at;
    try {
      at = OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      try {
        at = LocalDateTime.parse(text).atZone(DutchTime.ZONE).toOffsetDateTime();
      } catch (DateTimeParseException e2) {
        in.error(
            "plannedAt must be a date and time as yyyy-mm-ddThh:mm, optionally with an offset");
        return null;
      }
    }
    if (at.getYear() < 2000 || at.getYear() > 2100) {
      in.error("plannedAt must lie between the years 2000 and 2100");
      return null;
    }
    return at;
  }
}
