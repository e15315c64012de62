package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmebv.service.api.ClusterRuleJson;
import nl.wmebv.service.api.JsonInput;
import nl.wmebv.service.api.Vocabulary;
import nl.wmebv.service.core.ClusterService;

/** JSON API for the rules that put a municipality's new products in clusters (a Java regex per rule). */
@Path("/api/municipalities/{id}/cluster-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterRuleResource {
  private final ClusterService clusters;

  public ClusterRuleResource(ClusterService clusters) {
    this.clusters = clusters;
  }

  @GET
  public List<ClusterRuleJson> rules(@PathParam("id") long municipalityId) {
    return clusters.rules(municipalityId);
  }

  @POST
  public Response createRule(@PathParam("id") long municipalityId, JsonNode body,
      @Context ContainerRequestContext request) {
    JsonInput in = new JsonInput(body, List.of("clusterId", "kind", "pattern", "position"));
    in.require("clusterId");
    in.require("kind");
    Long clusterId = in.id("clusterId");
    String kind = in.oneOf("kind", Vocabulary.RULE_KINDS);
    String pattern = in.requiredString("pattern", 1000);
    Integer position = in.integer("position", 0, 10_000);
    in.check();
    ClusterRuleJson rule = clusters.createRule(municipalityId, clusterId, kind, pattern,
        position == null ? 0 : position, Actor.of(request));
    return Response.status(201).entity(rule).build();
  }

  @DELETE
  @Path("/{ruleId}")
  public Response deleteRule(@PathParam("id") long municipalityId, @PathParam("ruleId") long ruleId,
      @Context ContainerRequestContext request) {
    clusters.deleteRule(municipalityId, ruleId, Actor.of(request));
    return Response.noContent().build();
  }
}
