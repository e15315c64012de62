package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.JsonInput;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.cluster.ClusterService;
import nl.wmebv.service.resources.auth.Actor;

/**
 * JSON API to add, change and remove a municipality's clusters (its own root path: see
 * ProductListResource).
 */
@Path("/api/municipalities/{id}/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterResource {
  private final ClusterService clusters;

  public ClusterResource(ClusterService clusters) {
    this.clusters = clusters;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @POST
  public Response create(
      @PathParam("id") long municipalityId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    JsonInput in = new JsonInput(body, List.of("name", "position"));
    String name = in.requiredString("name", 200);
    Integer position = in.integer("position", 0, 10_000);
    in.check();
    return Response.status(201)
        .entity(clusters.create(municipalityId, name, position, Actor.of(request)))
        .build();
  }

  /** Renames and/or moves a cluster: {"name", "position"}, either or both. */
  @RolesAllowed(Role.ADMIN_NAME)
  @PATCH
  @Path("/{clusterId}")
  public ClusterJson update(
      @PathParam("id") long municipalityId,
      @PathParam("clusterId") long clusterId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    JsonInput in = new JsonInput(body, List.of("name", "position"));
    String name = in.has("name") ? in.requiredString("name", 200) : null;
    if (in.has("position")) {
      in.require("position");
    }
    Integer position = in.integer("position", 0, 10_000);
    if (body != null && body.isObject() && !in.has("name") && !in.has("position")) {
      in.error("give name and/or position");
    }
    in.check();
    return clusters.update(municipalityId, clusterId, name, position, Actor.of(request));
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @DELETE
  @Path("/{clusterId}")
  public Response delete(
      @PathParam("id") long municipalityId,
      @PathParam("clusterId") long clusterId,
      @Context ContainerRequestContext request) {
    clusters.delete(municipalityId, clusterId, Actor.of(request));
    return Response.noContent().build();
  }
}
