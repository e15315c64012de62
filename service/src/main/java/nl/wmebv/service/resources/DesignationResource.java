package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import nl.wmebv.service.api.DesignatedChannelJson;
import nl.wmebv.service.api.DesignationInput;
import nl.wmebv.service.api.JsonInput;
import nl.wmebv.service.core.designation.DesignationChecks;
import nl.wmebv.service.core.designation.DesignationProposals;
import nl.wmebv.service.core.designation.DesignationRegister;
import nl.wmebv.service.core.designation.Finding;
import nl.wmebv.service.core.designation.Proposal;
import nl.wmebv.service.core.designation.RegisterChecks;
import nl.wmebv.service.resources.auth.Actor;

/**
 * JSON API of the register of designated channels, its proposals from the inventory and its checks.
 */
@Path("/api/municipalities/{id}/designations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DesignationResource {
  private final DesignationRegister register;
  private final DesignationProposals proposals;
  private final RegisterChecks checks;

  /** The checks' rules and what they found. */
  public record ChecksJson(List<RuleJson> rules, List<Finding> findings) {}

  /** A check rule: code, Dutch label, English text. */
  public record RuleJson(String code, String label, String text, String explanation) {}

  public DesignationResource(
      DesignationRegister register, DesignationProposals proposals, RegisterChecks checks) {
    this.register = register;
    this.proposals = proposals;
    this.checks = checks;
  }

  @GET
  public List<DesignatedChannelJson> list(@PathParam("id") long municipalityId) {
    return register.list(municipalityId);
  }

  @POST
  public Response create(
      @PathParam("id") long municipalityId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    DesignatedChannelJson created =
        register.create(municipalityId, DesignationInput.readNew(body), Actor.of(request));
    return Response.created(
            URI.create("/api/municipalities/" + municipalityId + "/designations/" + created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{channelId: [0-9]+}")
  public DesignatedChannelJson get(
      @PathParam("id") long municipalityId, @PathParam("channelId") long channelId) {
    return register.get(municipalityId, channelId);
  }

  @PUT
  @Path("{channelId: [0-9]+}")
  public DesignatedChannelJson update(
      @PathParam("id") long municipalityId,
      @PathParam("channelId") long channelId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    return register.update(
        municipalityId, channelId, DesignationInput.readUpdate(body), Actor.of(request));
  }

  @DELETE
  @Path("{channelId: [0-9]+}")
  public Response delete(
      @PathParam("id") long municipalityId,
      @PathParam("channelId") long channelId,
      @QueryParam("version") String version,
      @Context ContainerRequestContext request) {
    int v;
    try {
      v = Integer.parseInt(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "version (the version of the channel you read) is required as ?version=n");
    }
    register.delete(municipalityId, channelId, v, Actor.of(request));
    return Response.noContent().build();
  }

  @GET
  @Path("proposals")
  public List<Proposal> proposals(@PathParam("id") long municipalityId) {
    return proposals.list(municipalityId);
  }

  /** Body {"keys": ["..."]}: accepts those proposals; answers the channels created or extended. */
  @POST
  @Path("proposals/accept")
  public List<DesignatedChannelJson> accept(
      @PathParam("id") long municipalityId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    JsonInput in = new JsonInput(body, List.of("keys"));
    in.require("keys");
    List<String> keys = in.strings("keys", 1000, 2000);
    in.check();
    return proposals.accept(municipalityId, keys, Actor.of(request));
  }

  @GET
  @Path("checks")
  public ChecksJson checks(@PathParam("id") long municipalityId) {
    List<RuleJson> rules =
        Arrays.stream(DesignationChecks.Rule.values())
            .map(r -> new RuleJson(r.name(), r.label, r.text, r.explanation))
            .toList();
    return new ChecksJson(rules, checks.run(municipalityId));
  }
}
