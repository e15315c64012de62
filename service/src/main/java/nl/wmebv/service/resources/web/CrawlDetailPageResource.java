package nl.wmebv.service.resources.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.wmebv.service.api.CrawlChangesJson;
import nl.wmebv.service.api.CrawlProblemsJson;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.crawl.CrawlChangeReport;
import nl.wmebv.service.core.crawl.CrawlProblems;
import nl.wmebv.service.core.crawl.CrawlRuns;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.CrawlDetailView;
import nl.wmebv.service.views.CrawlProgressView;

/**
 * The page of one crawl (Dutch): its numbers, the URLs it failed or skipped, its change report, and
 * the live progress fragment that the dashboard and the crawls page poll. Same root path as the
 * crawls page, so Jersey merges the two into one resource and /crawls/{id}/stop keeps working; a
 * method for /crawls/... on another root resource (such as "/") is never reached, because Jersey
 * picks the root resource with the longest matching path first.
 */
@Path("/crawls")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class CrawlDetailPageResource {
  private final CrawlChangeReport report;
  private final CrawlRuns runs;
  private final CrawlProblems problems;

  public CrawlDetailPageResource(CrawlChangeReport report, CrawlRuns runs, CrawlProblems problems) {
    this.report = report;
    this.runs = runs;
    this.problems = problems;
  }

  @GET
  @Path("/{id: [0-9]+}")
  public CrawlDetailView page(
      @PathParam("id") long runId, @Context ContainerRequestContext request) {
    CrawlRunJson run =
        runs.run(runId).orElseThrow(() -> new NotFoundException("No crawl " + runId));
    CrawlChangesJson changes;
    try {
      changes = report.of(runId);
    } catch (UnknownEntityException e) {
      throw new NotFoundException(e.getMessage());
    }
    CrawlRuns.SiteLabel site =
        runs.siteLabel(run.siteId())
            .orElseThrow(() -> new NotFoundException("No site " + run.siteId()));
    CrawlProblemsJson problemList =
        problems.of(runId).orElseThrow(() -> new NotFoundException("No crawl " + runId));
    return new CrawlDetailView(
        run, site.municipalityName(), site.baseUrl(), changes, problemList, WebUsers.of(request));
  }

  /** The htmx fragment of a crawl's progress; while the crawl runs it polls itself every second. */
  @GET
  @Path("/{id: [0-9]+}/voortgang")
  public CrawlProgressView progress(@PathParam("id") long runId) {
    return runs.run(runId)
        .map(CrawlProgressView::new)
        .orElseThrow(() -> new NotFoundException("No crawl " + runId));
  }
}
