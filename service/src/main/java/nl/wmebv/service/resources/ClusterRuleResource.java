package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import nl.wmebv.service.api.ClusterRuleJson;
import nl.wmebv.service.api.ClusterRulesApplyJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.JsonInput;
import nl.wmebv.service.api.Vocabulary;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.cluster.ClusterRulesAgain;
import nl.wmebv.service.core.cluster.ClusterService;
import nl.wmebv.service.resources.auth.Actor;

/**
 * JSON API for the rules that put a municipality's new products in clusters (a Java regex per
 * rule).
 */
@Path("/api/municipalities/{id}/cluster-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterRuleResource {
  private final ClusterService clusters;
  private final ClusterRulesAgain again;

  public ClusterRuleResource(ClusterService clusters, ClusterRulesAgain again) {
    this.clusters = clusters;
    this.again = again;
  }

  @GET
  public List<ClusterRuleJson> rules(@PathParam("id") long municipalityId) {
    return clusters.rules(municipalityId);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @POST
  public Response createRule(
      @PathParam("id") long municipalityId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    JsonInput in = new JsonInput(body, List.of("clusterId", "kind", "pattern", "position"));
    in.require("clusterId");
    in.require("kind");
    Long clusterId = in.id("clusterId");
    String kind = in.oneOf("kind", Vocabulary.RULE_KINDS);
    String pattern = in.requiredString("pattern", 1000);
    Integer position = in.integer("position", 0, 10_000);
    in.check();
    ClusterRuleJson rule =
        clusters.createRule(
            municipalityId,
            clusterId,
            kind,
            pattern,
            position == null ? 0 : position,
            Actor.of(request));
    return Response.status(201).entity(rule).build();
  }

  /**
   * Changes any of clusterId, kind, pattern and position of a rule, validated as for a new rule.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @PATCH
  @Path("/{ruleId}")
  public ClusterRuleJson updateRule(
      @PathParam("id") long municipalityId,
      @PathParam("ruleId") long ruleId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    List<String> fields = List.of("clusterId", "kind", "pattern", "position");
    JsonInput in = new JsonInput(body, fields);
    for (String field : fields) {
      if (in.has(field) && !"pattern".equals(field)) {
        in.require(field);
      }
    }
    Long clusterId = in.id("clusterId");
    String kind = in.oneOf("kind", Vocabulary.RULE_KINDS);
    String pattern = in.has("pattern") ? in.requiredString("pattern", 1000) : null;
    Integer position = in.integer("position", 0, 10_000);
    if (body != null && body.isObject() && fields.stream().noneMatch(in::has)) {
      in.error("give at least one of " + String.join(", ", fields));
    }
    in.check();
    return clusters.updateRule(
        municipalityId, ruleId, clusterId, kind, pattern, position, Actor.of(request));
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @DELETE
  @Path("/{ruleId}")
  public Response deleteRule(
      @PathParam("id") long municipalityId,
      @PathParam("ruleId") long ruleId,
      @Context ContainerRequestContext request) {
    clusters.deleteRule(municipalityId, ruleId, Actor.of(request));
    return Response.noContent().build();
  }

  /**
   * Runs the rules again over the products whose cluster no person chose. dryRun is required: a
   * forgotten parameter must not move products.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @POST
  @Path("/apply")
  @Consumes(MediaType.WILDCARD)
  public ClusterRulesApplyJson apply(
      @PathParam("id") long municipalityId,
      @QueryParam("dryRun") String dryRun,
      @Context ContainerRequestContext request) {
    if (!"true".equals(dryRun) && !"false".equals(dryRun)) {
      throw new InvalidInputException("dryRun must be true or false");
    }
    return again.apply(municipalityId, Boolean.parseBoolean(dryRun), Actor.of(request));
  }
}
