package nl.wmebv.service.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wmebv.service.api.CrawlChangesJson;
import nl.wmebv.service.core.crawl.CrawlChangeReport;

/**
 * The change report of a crawl: new products, channels gained, lost and broken, pages gone, texts
 * changed.
 */
@Path("/api/crawls/{id}/changes")
@Produces(MediaType.APPLICATION_JSON)
public class CrawlChangeResource {
  private final CrawlChangeReport report;

  public CrawlChangeResource(CrawlChangeReport report) {
    this.report = report;
  }

  @GET
  public CrawlChangesJson changes(@PathParam("id") long runId) {
    return report.of(runId);
  }
}
