package nl.wmebv.service.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.export.ExportScope;
import nl.wmebv.service.core.export.ExportWriter;
import nl.wmebv.service.core.export.InventoryExport;

/**
 * Downloads of the inventory of a municipality, or of one cluster ({@code ?cluster=id}): CSV (UTF-8
 * with BOM, ";" separated, for Dutch Excel) and XLSX (summary, a sheet per cluster, weekly
 * progress). Both stream.
 */
@Path("/api/municipalities/{id}/export.{format: csv|xlsx}")
public class ExportResource {
  public static final String CSV = "text/csv; charset=UTF-8";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final InventoryExport data;
  private final ExportWriter writer;
  private final Clock clock;

  public ExportResource(InventoryExport data, Clock clock) {
    this.data = data;
    this.writer = new ExportWriter(data);
    this.clock = clock;
  }

  @GET
  public Response export(
      @PathParam("id") long municipalityId,
      @PathParam("format") String format,
      @QueryParam("cluster") Long clusterId) {
    ExportScope scope = data.scope(municipalityId, clusterId); // 404 before anything is streamed
    boolean csv = "csv".equals(format);
    StreamingOutput body = csv ? out -> writer.csv(scope, out) : out -> writer.xlsx(scope, out);
    String filename = scope.filename(format, LocalDate.now(clock.withZone(DutchTime.ZONE)));
    return Response.ok(body, csv ? CSV : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
