package nl.wmebv.service.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmebv.service.api.CrawlProblemsJson;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.api.ErrorJson;
import nl.wmebv.service.core.JsonRows;
import nl.wmebv.service.core.crawl.CrawlAlreadyRunningException;
import nl.wmebv.service.core.crawl.CrawlProblems;
import nl.wmebv.service.core.crawl.CrawlRuns;
import nl.wmebv.service.core.crawl.CrawlService;

/** JSON API to start, follow, stop and resume crawls and channel watches. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class CrawlResource {
  private final CrawlService crawls;
  private final CrawlRuns runs;
  private final CrawlProblems problems;

  public CrawlResource(CrawlService crawls, CrawlRuns runs, CrawlProblems problems) {
    this.crawls = crawls;
    this.runs = runs;
    this.problems = problems;
  }

  @POST
  @Path("/sites/{siteId}/crawls")
  public Response start(@PathParam("siteId") long siteId) {
    requireSite(siteId);
    try {
      return Response.accepted(JsonRows.crawlRun(crawls.start(siteId))).build();
    } catch (CrawlAlreadyRunningException e) {
      return conflict(e.getMessage());
    }
  }

  /**
   * Queues a channel watch of the site (202 with the run, kind "channel-watch"); 409 while the
   * site's crawl or watch is queued or running, or while the site has no known product page.
   */
  @POST
  @Path("/sites/{siteId}/channel-watch")
  public Response watch(@PathParam("siteId") long siteId) {
    requireSite(siteId);
    try {
      return Response.accepted(JsonRows.crawlRun(crawls.startWatch(siteId))).build();
    } catch (CrawlAlreadyRunningException | IllegalStateException e) {
      return conflict(e.getMessage());
    }
  }

  @GET
  @Path("/sites/{siteId}/crawls")
  public List<CrawlRunJson> list(@PathParam("siteId") long siteId) {
    return runs.ofSite(siteId, 50);
  }

  @GET
  @Path("/crawls/{id}")
  public CrawlRunJson get(@PathParam("id") long id) {
    return runs.run(id).orElseThrow(() -> new NotFoundException("No crawl run " + id));
  }

  /** The URLs the run failed to fetch or skipped on purpose, with English reason codes. */
  @GET
  @Path("/crawls/{id}/problems")
  public CrawlProblemsJson problems(@PathParam("id") long id) {
    return problems.of(id).orElseThrow(() -> new NotFoundException("No crawl run " + id));
  }

  @POST
  @Path("/crawls/{id}/stop")
  public Response stop(@PathParam("id") long id) {
    get(id);
    return crawls.stop(id)
        ? Response.accepted(get(id)).build()
        : conflict("Crawl run " + id + " is not running");
  }

  @POST
  @Path("/crawls/{id}/resume")
  public Response resume(@PathParam("id") long id) {
    get(id);
    try {
      return Response.accepted(JsonRows.crawlRun(crawls.resume(id))).build();
    } catch (CrawlAlreadyRunningException | IllegalStateException e) {
      return conflict(e.getMessage());
    }
  }

  private void requireSite(long siteId) {
    runs.ofSite(siteId, 1); // UnknownEntityException: 404
  }

  private static Response conflict(String message) {
    return Response.status(Response.Status.CONFLICT).entity(new ErrorJson(409, message)).build();
  }
}
