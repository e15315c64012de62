package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.ClusterRuleJson;
import nl.wmebv.service.api.JsonInput;
import nl.wmebv.service.api.Vocabulary;
import nl.wmebv.service.core.ClusterService;

/** JSON API to edit a municipality's clusters and the rules that put new products in them. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterResource {
  private final ClusterService clusters;

  public ClusterResource(ClusterService clusters) {
    this.clusters = clusters;
  }

  @POST
  @Path("/municipalities/{id}/clusters")
  public Response create(@PathParam("id") long municipalityId, JsonNode body,
      @HeaderParam(Actor.HEADER) String actor) {
    JsonInput in = new JsonInput(body, List.of("name", "position"));
    in.require("name");
    String name = in.string("name", 200);
    Integer position = in.integer("position", 0, 10_000);
    in.check();
    return Response.status(201).entity(clusters.create(municipalityId, name, position, Actor.of(actor))).build();
  }

  @DELETE
  @Path("/municipalities/{id}/clusters/{clusterId}")
  public Response delete(@PathParam("id") long municipalityId, @PathParam("clusterId") long clusterId,
      @HeaderParam(Actor.HEADER) String actor) {
    clusters.delete(municipalityId, clusterId, Actor.of(actor));
    return Response.noContent().build();
  }

  @GET
  @Path("/municipalities/{id}/cluster-rules")
  public List<ClusterRuleJson> rules(@PathParam("id") long municipalityId) {
    return clusters.rules(municipalityId);
  }

  @POST
  @Path("/municipalities/{id}/cluster-rules")
  public Response createRule(@PathParam("id") long municipalityId, JsonNode body,
      @HeaderParam(Actor.HEADER) String actor) {
    JsonInput in = new JsonInput(body, List.of("clusterId", "kind", "pattern", "position"));
    in.require("clusterId");
    in.require("kind");
    Long clusterId = in.id("clusterId");
    String kind = in.oneOf("kind", Vocabulary.RULE_KINDS);
    String pattern = in.string("pattern", 1000);
    Integer position = in.integer("position", 0, 10_000);
    if (pattern == null) {
      in.error("pattern is required and must not be blank");
    }
    in.check();
    ClusterRuleJson rule = clusters.createRule(municipalityId, clusterId, kind, pattern,
        position == null ? 0 : position, Actor.of(actor));
    return Response.status(201).entity(rule).build();
  }

  @DELETE
  @Path("/municipalities/{id}/cluster-rules/{ruleId}")
  public Response deleteRule(@PathParam("id") long municipalityId, @PathParam("ruleId") long ruleId,
      @HeaderParam(Actor.HEADER) String actor) {
    clusters.deleteRule(municipalityId, ruleId, Actor.of(actor));
    return Response.noContent().build();
  }
}
