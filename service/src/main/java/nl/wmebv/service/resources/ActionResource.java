package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.wmebv.service.api.ActionInput;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.core.action.ActionService;
import nl.wmebv.service.resources.auth.Actor;

/** JSON API for the actions on a product; updates and deletes carry the version they read. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionResource {
  private final ActionService actions;

  public ActionResource(ActionService actions) {
    this.actions = actions;
  }

  @GET
  @Path("/products/{id}/actions")
  public List<ActionJson> list(@PathParam("id") long productId) {
    return actions.list(productId);
  }

  @POST
  @Path("/products/{id}/actions")
  public Response create(
      @PathParam("id") long productId, JsonNode body, @Context ContainerRequestContext request) {
    ActionJson created = actions.create(productId, ActionInput.readNew(body), Actor.of(request));
    return Response.created(URI.create("/api/actions/" + created.id())).entity(created).build();
  }

  @PATCH
  @Path("/actions/{id}")
  public ActionJson update(
      @PathParam("id") long id, JsonNode body, @Context ContainerRequestContext request) {
    return actions.update(id, ActionInput.readPatch(body), Actor.of(request));
  }

  @DELETE
  @Path("/actions/{id}")
  public Response delete(
      @PathParam("id") long id,
      @QueryParam("version") String version,
      @Context ContainerRequestContext request) {
    int v;
    try {
      v = Integer.parseInt(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "version (the version of the action you read) is required as ?version=n");
    }
    actions.delete(id, v, Actor.of(request));
    return Response.noContent().build();
  }
}
