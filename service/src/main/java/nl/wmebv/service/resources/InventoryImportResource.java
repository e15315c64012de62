package nl.wmebv.service.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import nl.wmebv.service.api.ErrorJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.InventoryImportJson;
import nl.wmebv.service.core.importing.ColumnMapping;
import nl.wmebv.service.core.importing.InventoryImport;
import nl.wmebv.service.core.importing.Sheet;
import nl.wmebv.service.core.importing.SpreadsheetReader;
import nl.wmebv.service.core.sc.BoundedUpload;
import nl.wmebv.service.core.sheet.BadValue;
import nl.wmebv.service.resources.auth.Actor;

/**
 * JSON API of the inventory import (issue 14 §1): the spreadsheet (CSV or XLSX) is the body, its
 * columns mapped by their headings ({@link ColumnMapping#guess}); editors and admins only (the auth
 * filter refuses a viewer's POST).
 */
@Path("/api/municipalities/{id}/inventory-import")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryImportResource {
  /** The XLSX media type. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final InventoryImport imports;

  public InventoryImportResource(InventoryImport imports) {
    this.imports = imports;
  }

  /**
   * Imports or previews the file. dryRun is required, so a forgotten parameter writes nothing; 413
   * beyond the size limit, 400 for a file that is no readable spreadsheet, 422 for bad parameters,
   * a file whose columns identify no product, or (dryRun=false) bad rows without
   * acceptBadRows=true: then the body is the report and nothing changed.
   */
  @POST
  @Consumes({"text/csv", XLSX})
  public Response importFile(
      @PathParam("id") long id,
      @QueryParam("dryRun") String dryRun,
      @QueryParam("acceptBadRows") String acceptBadRows,
      @QueryParam("overwriteNewer") String overwriteNewer,
      @HeaderParam("Content-Length") Long length,
      InputStream body,
      @Context ContainerRequestContext request)
      throws IOException {
    // read first, then answer: a client still sending would otherwise get a broken pipe
    byte[] file = BoundedUpload.read(body, length, SpreadsheetReader.MAX_BYTES);
    if (file == null) {
      return error(
          413,
          "The file is larger than the limit of "
              + SpreadsheetReader.MAX_BYTES / (1024 * 1024)
              + " MB");
    }
    InventoryImport.Choices choices =
        new InventoryImport.Choices(
            flag("dryRun", dryRun, null),
            flag("acceptBadRows", acceptBadRows, false),
            flag("overwriteNewer", overwriteNewer, false));
    Sheet sheet;
    try {
      sheet = SpreadsheetReader.read(file);
    } catch (BadValue e) {
      return error(400, e.english());
    }
    InventoryImportJson report =
        imports.run(id, sheet, ColumnMapping.guess(sheet.headings()), Actor.of(request), choices);
    boolean refused = !choices.dryRun() && !report.applied();
    return Response.status(refused ? 422 : 200)
        .type(MediaType.APPLICATION_JSON)
        .entity(report)
        .build();
  }

  private static boolean flag(String name, String value, Boolean otherwise) {
    if (value == null && otherwise != null) {
      return otherwise;
    }
    if (!"true".equals(value) && !"false".equals(value)) {
      throw new InvalidInputException(name + " must be true or false");
    }
    return Boolean.parseBoolean(value);
  }

  private static Response error(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorJson(status, message))
        .build();
  }
}
