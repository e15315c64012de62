package nl.wmebv.service.resources.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.service.api.InventoryImportJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.importing.ColumnMapping;
import nl.wmebv.service.core.importing.ImportField;
import nl.wmebv.service.core.importing.ImportUploads;
import nl.wmebv.service.core.importing.InventoryImport;
import nl.wmebv.service.core.importing.Sheet;
import nl.wmebv.service.core.importing.SpreadsheetReader;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.sc.BoundedUpload;
import nl.wmebv.service.core.sheet.BadValue;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.InventoryImportView;
import nl.wmebv.service.views.InventoryImportView.Column;
import nl.wmebv.service.views.InventoryImportView.State;
import nl.wmebv.service.views.InventoryImportView.Step;

/**
 * The import page (Dutch): the page's script posts the file as the body (with the CSRF header, as
 * the SC feed upload does); the server keeps it under a token ({@link ImportUploads}) and answers
 * the mapping step, or for our own export the preview at once; the mapping and apply steps are
 * ordinary forms that carry the token, never the file. Every step before "Toepassen" is a dry run
 * of the same {@link InventoryImport} the API uses.
 */
@Path("/inventaris/import")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class InventoryImportPageResource {
  private static final String EXPIRED =
      "Het bestand is niet meer bewaard (na een uur, of na het importeren). Upload het"
          + " opnieuw.";

  private final MunicipalityService municipalities;
  private final InventoryImport imports;
  private final ImportUploads uploads;

  public InventoryImportPageResource(
      MunicipalityService municipalities, InventoryImport imports, ImportUploads uploads) {
    this.municipalities = municipalities;
    this.imports = imports;
    this.uploads = uploads;
  }

  @GET
  public InventoryImportView page(
      @QueryParam("gemeente") Long municipalityId, @Context ContainerRequestContext request) {
    return view(municipalityId, upload(null), false, request);
  }

  /** The file as the body; answers the next step as a fragment (413 too large, 422 unreadable). */
  @POST
  @Path("/{id}/bestand")
  @Consumes({
    MediaType.APPLICATION_OCTET_STREAM,
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  })
  public Response upload(
      @PathParam("id") long id,
      @HeaderParam("X-File-Name") String fileName,
      InputStream body,
      @Context ContainerRequestContext request)
      throws IOException {
    byte[] file = BoundedUpload.read(body, null, SpreadsheetReader.MAX_BYTES);
    municipality(id, request);
    if (file == null) {
      return Response.status(413)
          .entity(
              view(
                  id,
                  upload(
                      "Het bestand is groter dan "
                          + SpreadsheetReader.MAX_BYTES / (1024 * 1024)
                          + " MB. Er is niets veranderd."),
                  true,
                  request))
          .build();
    }
    Sheet sheet;
    try {
      sheet = SpreadsheetReader.read(file);
    } catch (BadValue e) {
      return Response.status(422)
          .entity(view(id, upload(e.dutch() + ". Er is niets veranderd."), true, request))
          .build();
    }
    String name = fileName == null ? null : URLDecoder.decode(fileName, StandardCharsets.UTF_8);
    String token = uploads.keep(id, WebUsers.actor(request), name, file);
    ColumnMapping mapping = ColumnMapping.guess(sheet.headings());
    State next =
        ColumnMapping.isOwnExport(sheet.headings())
            ? preview(id, token, name, sheet, mapping, false, false, null, request)
            : state(Step.MAPPING, token, name, sheet, mapping, null, false, false, null);
    return Response.ok(view(id, next, true, request)).build();
  }

  /** The preview (a dry run) with the columns as the person mapped them. */
  @POST
  @Path("/{id}/voorbeeld")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response preview(
      @PathParam("id") long id,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    return step(id, form, true, request);
  }

  /** Applies the import with the person's choices; back to the preview when bad rows stopped it. */
  @POST
  @Path("/{id}/toepassen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response apply(
      @PathParam("id") long id,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    return step(id, form, false, request);
  }

  private Response step(
      long id,
      MultivaluedMap<String, String> form,
      boolean dryRun,
      ContainerRequestContext request) {
    municipality(id, request);
    String token = form.getFirst("bestand");
    Optional<ImportUploads.Upload> kept = uploads.find(token, id, WebUsers.actor(request));
    if (kept.isEmpty()) {
      return Response.status(410).entity(view(id, upload(EXPIRED), false, request)).build();
    }
    Sheet sheet;
    try {
      sheet = SpreadsheetReader.read(kept.get().content());
    } catch (BadValue e) { // it was readable when kept; kept files do not change
      return Response.status(422).entity(view(id, upload(e.dutch()), false, request)).build();
    }
    String name = kept.get().fileName();
    boolean acceptBadRows = "ja".equals(form.getFirst("goedeRijen"));
    boolean overwriteNewer = "ja".equals(form.getFirst("overschrijven"));
    ColumnMapping mapping;
    try {
      mapping = mapping(form, sheet.headings().size());
    } catch (IllegalArgumentException e) {
      return Response.status(422)
          .entity(
              view(
                  id,
                  state(
                      Step.MAPPING,
                      token,
                      name,
                      sheet,
                      ColumnMapping.guess(sheet.headings()),
                      null,
                      false,
                      false,
                      e.getMessage()),
                  false,
                  request))
          .build();
    }
    if (!mapping.identifiesProducts()) {
      return Response.status(422)
          .entity(
              view(
                  id,
                  state(
                      Step.MAPPING,
                      token,
                      name,
                      sheet,
                      mapping,
                      null,
                      false,
                      false,
                      "Koppel minstens één kolom aan Nr., Productnaam, Uniforme productnaam of Pagina-URL: daarmee wordt elke"
                          + " regel bij een product gezocht."),
                  false,
                  request))
          .build();
    }
    if (dryRun) {
      return Response.ok(
              view(
                  id,
                  preview(
                      id,
                      token,
                      name,
                      sheet,
                      mapping,
                      acceptBadRows,
                      overwriteNewer,
                      null,
                      request),
                  false,
                  request))
          .build();
    }
    InventoryImportJson report =
        imports.run(
            id,
            sheet,
            mapping,
            WebUsers.actor(request),
            new InventoryImport.Choices(false, acceptBadRows, overwriteNewer));
    if (!report.applied()) {
      return Response.status(422)
          .entity(
              view(
                  id,
                  state(
                      Step.PREVIEW,
                      token,
                      name,
                      sheet,
                      mapping,
                      report,
                      acceptBadRows,
                      overwriteNewer,
                      "Er is niets geïmporteerd: "
                          + report.bad()
                          + " regel(s) bevatten fouten."
                          + " Verbeter het bestand, of kies \"ook goede rijen toepassen als er fouten zijn\"."),
                  false,
                  request))
          .build();
    }
    uploads.forget(token);
    return Response.ok(
            view(
                id,
                state(
                    Step.DONE,
                    null,
                    name,
                    sheet,
                    mapping,
                    report,
                    acceptBadRows,
                    overwriteNewer,
                    null),
                false,
                request))
        .build();
  }

  private State preview(
      long id,
      String token,
      String name,
      Sheet sheet,
      ColumnMapping mapping,
      boolean acceptBadRows,
      boolean overwriteNewer,
      String message,
      ContainerRequestContext request) {
    InventoryImportJson report =
        imports.run(
            id,
            sheet,
            mapping,
            WebUsers.actor(request),
            new InventoryImport.Choices(true, acceptBadRows, overwriteNewer));
    return state(
        Step.PREVIEW, token, name, sheet, mapping, report, acceptBadRows, overwriteNewer, message);
  }

  /**
   * The mapping the form names: {@code kolomN} is the field of column N, empty or absent for
   * "negeren".
   */
  private static ColumnMapping mapping(MultivaluedMap<String, String> form, int columns) {
    List<ImportField> fields = new ArrayList<>();
    Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
    for (int i = 0; i < columns; i++) {
      String chosen = form.getFirst("kolom" + i);
      ImportField field = null;
      if (chosen != null && !chosen.isBlank()) {
        try {
          field = ImportField.valueOf(chosen);
        } catch (IllegalArgumentException e) { // not a field of our select: the form was not ours
          throw new IllegalArgumentException(
              "Kolom " + (i + 1) + " is aan een onbekend veld gekoppeld; kies opnieuw.");
        }
        if (!taken.add(field)) {
          throw new IllegalArgumentException(
              "Het veld "
                  + field.label()
                  + " is aan twee kolommen gekoppeld; kies"
                  + " het bij één kolom.");
        }
      }
      fields.add(field);
    }
    return new ColumnMapping(fields);
  }

  private static State upload(String message) {
    return new State(Step.UPLOAD, null, null, false, null, List.of(), null, false, false, message);
  }

  private static State state(
      Step step,
      String token,
      String name,
      Sheet sheet,
      ColumnMapping mapping,
      InventoryImportJson report,
      boolean acceptBadRows,
      boolean overwriteNewer,
      String message) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < sheet.headings().size(); i++) {
      ImportField field = i < mapping.columns().size() ? mapping.columns().get(i) : null;
      columns.add(
          new Column(
              i, sheet.headings().get(i), sample(sheet, i), field == null ? "" : field.name()));
    }
    return new State(
        step,
        token,
        name,
        ColumnMapping.isOwnExport(sheet.headings()),
        sheet.exportedAt() == null ? null : DutchTime.dateTime(sheet.exportedAt()),
        columns,
        report,
        acceptBadRows,
        overwriteNewer,
        message);
  }

  /** The first filled cell of the column, to recognise it by. */
  private static String sample(Sheet sheet, int column) {
    for (Sheet.Line line : sheet.lines()) {
      String cell = line.cell(column);
      if (cell != null && !cell.isBlank()) {
        return cell.length() > 60 ? cell.substring(0, 60) + "…" : cell;
      }
    }
    return "";
  }

  private MunicipalityJson municipality(long id, ContainerRequestContext request) {
    return municipalities.listFor(WebUsers.user(request)).stream()
        .filter(m -> m.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No municipality with id " + id));
  }

  private InventoryImportView view(
      Long municipalityId, State state, boolean fragment, ContainerRequestContext request) {
    List<MunicipalityJson> all = municipalities.listFor(WebUsers.user(request));
    MunicipalityJson chosen =
        municipalityId == null
            ? all.stream().findFirst().orElse(null)
            : all.stream()
                .filter(m -> m.id() == municipalityId)
                .findFirst()
                .orElseThrow(
                    () -> new NotFoundException("No municipality with id " + municipalityId));
    return new InventoryImportView(all, chosen, state, fragment, WebUsers.of(request));
  }
}
