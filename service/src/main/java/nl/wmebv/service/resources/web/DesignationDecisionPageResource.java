package nl.wmebv.service.resources.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.wmebv.service.api.DesignationDecisionStatusInput;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.designation.DesignationDecisionDocument;
import nl.wmebv.service.core.designation.DesignationDecisionVersions;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.DesignationDecisionResource;
import nl.wmebv.service.resources.auth.WebUsers;

/**
 * The draft aanwijzingsbesluit in the web view: the current draft as a printable HTML page or a
 * Word file, storing a version, and the stored versions.
 */
@Path("/aanwijzing/besluit")
public class DesignationDecisionPageResource {
  private static final String HTML = MediaType.TEXT_HTML + "; charset=UTF-8";
  private final MunicipalityService municipalities;
  private final DesignationDecisionVersions versions;

  public DesignationDecisionPageResource(
      MunicipalityService municipalities, DesignationDecisionVersions versions) {
    this.municipalities = municipalities;
    this.versions = versions;
  }

  @GET
  @Produces(HTML)
  public String draft(@QueryParam("gemeente") String id) {
    return versions.draft(municipality(id).id()).html();
  }

  @GET
  @Path("word")
  public Response word(@QueryParam("gemeente") String id) {
    DesignationDecisionVersions.Draft d = versions.draft(municipality(id).id());
    return DesignationDecisionResource.word(
        d.html(), DesignationDecisionDocument.wordFileName(d.municipality(), d.year()));
  }

  @GET
  @Path("docx")
  public Response docx(@QueryParam("gemeente") String id) {
    DesignationDecisionVersions.Draft d = versions.draft(municipality(id).id());
    return DesignationDecisionResource.docx(
        d.html(),
        d.municipality(),
        DesignationDecisionDocument.fileName(d.municipality(), d.year(), "docx"));
  }

  @GET
  @Path("pdf")
  public Response pdf(@QueryParam("gemeente") String id) {
    DesignationDecisionVersions.Draft d = versions.draft(municipality(id).id());
    return DesignationDecisionResource.pdf(
        d.html(), DesignationDecisionDocument.fileName(d.municipality(), d.year(), "pdf"));
  }

  @GET
  @Path("versies/{versionId: [0-9]+}/docx")
  public Response versionDocx(
      @QueryParam("gemeente") String id, @PathParam("versionId") long versionId) {
    MunicipalityJson m = municipality(id);
    return DesignationDecisionResource.docx(
        versions.content(m.id(), versionId),
        m.name(),
        "aanwijzingsbesluit-versie-" + versionId + ".docx");
  }

  @GET
  @Path("versies/{versionId: [0-9]+}/pdf")
  public Response versionPdf(
      @QueryParam("gemeente") String id, @PathParam("versionId") long versionId) {
    return DesignationDecisionResource.pdf(
        versions.content(municipality(id).id(), versionId),
        "aanwijzingsbesluit-versie-" + versionId + ".pdf");
  }

  /**
   * Moves a stored version one step on, through the API's validation; a refused step says why in
   * Dutch.
   */
  @POST
  @Path("versies/{versionId: [0-9]+}/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response move(
      @PathParam("versionId") long versionId,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    MunicipalityJson m = municipality(form.getFirst("gemeente"));
    try {
      versions.move(
          m.id(),
          versionId,
          DesignationDecisionStatusInput.read(DesignationForms.statusBody(form)),
          WebUsers.actor(request));
      return DesignationForms.back(m, "status");
    } catch (InvalidInputException | ConflictException e) {
      return DesignationForms.back(m, "status-geweigerd");
    }
  }

  @POST
  @Path("versies")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response generate(
      MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
    MunicipalityJson m = municipality(form.getFirst("gemeente"));
    versions.generate(m.id(), WebUsers.actor(request));
    return DesignationForms.back(m, "versie");
  }

  @GET
  @Path("versies/{versionId: [0-9]+}")
  @Produces(HTML)
  public String version(@QueryParam("gemeente") String id, @PathParam("versionId") long versionId) {
    return versions.content(municipality(id).id(), versionId);
  }

  @GET
  @Path("versies/{versionId: [0-9]+}/word")
  public Response versionWord(
      @QueryParam("gemeente") String id, @PathParam("versionId") long versionId) {
    return DesignationDecisionResource.word(
        versions.content(municipality(id).id(), versionId),
        "aanwijzingsbesluit-versie-" + versionId + ".doc");
  }

  private MunicipalityJson municipality(String id) {
    return DesignationForms.municipality(municipalities, id);
  }
}
