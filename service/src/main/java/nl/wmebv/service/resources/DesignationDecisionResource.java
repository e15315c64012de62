package nl.wmebv.service.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.wmebv.service.api.DesignationDecisionSettingsInput;
import nl.wmebv.service.api.DesignationDecisionStatusInput;
import nl.wmebv.service.core.designation.DesignationDecisionDocument;
import nl.wmebv.service.core.designation.DesignationDecisionDocx;
import nl.wmebv.service.core.designation.DesignationDecisionPdf;
import nl.wmebv.service.core.designation.DesignationDecisionSettings;
import nl.wmebv.service.core.designation.DesignationDecisionSettingsStore;
import nl.wmebv.service.core.designation.DesignationDecisionVersion;
import nl.wmebv.service.core.designation.DesignationDecisionVersions;
import nl.wmebv.service.core.designation.RegisterChanges;
import nl.wmebv.service.resources.auth.Actor;

/**
 * The draft aanwijzingsbesluit over the API: the current draft as HTML or Word (.doc: the same HTML
 * served as application/msword), stored versions, and what changed in the register since the last
 * stored version.
 */
@Path("/api/municipalities/{id}/designation-decision")
public class DesignationDecisionResource {
  static final String HTML = MediaType.TEXT_HTML + "; charset=UTF-8";
  private final DesignationDecisionVersions versions;
  private final DesignationDecisionSettingsStore settings;

  public DesignationDecisionResource(
      DesignationDecisionVersions versions, DesignationDecisionSettingsStore settings) {
    this.versions = versions;
    this.settings = settings;
  }

  @GET
  @Path("settings")
  @Produces(MediaType.APPLICATION_JSON)
  public DesignationDecisionSettings settings(@PathParam("id") long municipalityId) {
    return settings.get(municipalityId);
  }

  /** Saves the municipality's choices for the decision (EDITOR; the role filter guards writes). */
  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public DesignationDecisionSettings saveSettings(
      @PathParam("id") long municipalityId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    return settings.save(
        municipalityId, DesignationDecisionSettingsInput.read(body), Actor.of(request));
  }

  @GET
  @Produces(HTML)
  public String draft(@PathParam("id") long municipalityId) {
    return versions.draft(municipalityId).html();
  }

  @GET
  @Path("word")
  public Response word(@PathParam("id") long municipalityId) {
    DesignationDecisionVersions.Draft d = versions.draft(municipalityId);
    return word(d.html(), DesignationDecisionDocument.wordFileName(d.municipality(), d.year()));
  }

  @GET
  @Path("docx")
  public Response docx(@PathParam("id") long municipalityId) {
    DesignationDecisionVersions.Draft d = versions.draft(municipalityId);
    return docx(
        d.html(),
        d.municipality(),
        DesignationDecisionDocument.fileName(d.municipality(), d.year(), "docx"));
  }

  @GET
  @Path("pdf")
  public Response pdf(@PathParam("id") long municipalityId) {
    DesignationDecisionVersions.Draft d = versions.draft(municipalityId);
    return pdf(d.html(), DesignationDecisionDocument.fileName(d.municipality(), d.year(), "pdf"));
  }

  @GET
  @Path("versions/{versionId: [0-9]+}/docx")
  public Response versionDocx(
      @PathParam("id") long municipalityId, @PathParam("versionId") long versionId) {
    return docx(
        versions.content(municipalityId, versionId),
        versions.municipalityName(municipalityId),
        "aanwijzingsbesluit-versie-" + versionId + ".docx");
  }

  @GET
  @Path("versions/{versionId: [0-9]+}/pdf")
  public Response versionPdf(
      @PathParam("id") long municipalityId, @PathParam("versionId") long versionId) {
    return pdf(
        versions.content(municipalityId, versionId),
        "aanwijzingsbesluit-versie-" + versionId + ".pdf");
  }

  /** The decision's HTML as a Word (.docx) download. */
  public static Response docx(String html, String municipality, String fileName) {
    return download(
        DesignationDecisionDocx.render(
            html, "Gemeente " + municipality + " · concept aanwijzingsbesluit"),
        DesignationDecisionDocx.MIME,
        fileName);
  }

  /** The decision's HTML as a PDF download. */
  public static Response pdf(String html, String fileName) {
    return download(DesignationDecisionPdf.render(html), DesignationDecisionPdf.MIME, fileName);
  }

  private static Response download(byte[] bytes, String type, String fileName) {
    return Response.ok(bytes)
        .type(type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  @GET
  @Path("changes")
  @Produces(MediaType.APPLICATION_JSON)
  public RegisterChanges changes(@PathParam("id") long municipalityId) {
    return versions.pending(municipalityId);
  }

  @GET
  @Path("versions")
  @Produces(MediaType.APPLICATION_JSON)
  public List<DesignationDecisionVersion> list(@PathParam("id") long municipalityId) {
    return versions.list(municipalityId);
  }

  @POST
  @Path("versions")
  @Produces(MediaType.APPLICATION_JSON)
  public Response generate(
      @PathParam("id") long municipalityId, @Context ContainerRequestContext request) {
    DesignationDecisionVersion v = versions.generate(municipalityId, Actor.of(request));
    return Response.created(
            URI.create(
                "/api/municipalities/"
                    + municipalityId
                    + "/designation-decision/versions/"
                    + v.id()))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(v)
        .build();
  }

  /** Moves a stored version one step on in its life (EDITOR); 409 for any other step. */
  @POST
  @Path("versions/{versionId: [0-9]+}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public DesignationDecisionVersion move(
      @PathParam("id") long municipalityId,
      @PathParam("versionId") long versionId,
      JsonNode body,
      @Context ContainerRequestContext request) {
    return versions.move(
        municipalityId, versionId, DesignationDecisionStatusInput.read(body), Actor.of(request));
  }

  @GET
  @Path("versions/{versionId: [0-9]+}")
  @Produces(HTML)
  public String version(
      @PathParam("id") long municipalityId, @PathParam("versionId") long versionId) {
    return versions.content(municipalityId, versionId);
  }

  @GET
  @Path("versions/{versionId: [0-9]+}/word")
  public Response versionWord(
      @PathParam("id") long municipalityId, @PathParam("versionId") long versionId) {
    return word(
        versions.content(municipalityId, versionId),
        "aanwijzingsbesluit-versie-" + versionId + ".doc");
  }

  /** The HTML as a Word-compatible download. */
  public static Response word(String html, String fileName) {
    return Response.ok(html.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .type(DesignationDecisionDocument.WORD_MIME + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
