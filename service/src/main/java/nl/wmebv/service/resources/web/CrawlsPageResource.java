package nl.wmebv.service.resources.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.SiteJson;
import nl.wmebv.service.core.crawl.CrawlAlreadyRunningException;
import nl.wmebv.service.core.crawl.CrawlRuns;
import nl.wmebv.service.core.crawl.CrawlService;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.CrawlsView;

/**
 * The crawls page of the web view (Dutch): start, stop, resume and follow crawls and channel
 * watches.
 */
@Path("/crawls")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class CrawlsPageResource {
  private final MunicipalityService municipalities;
  private final CrawlService crawls;
  private final CrawlRuns runs;

  public CrawlsPageResource(
      MunicipalityService municipalities, CrawlService crawls, CrawlRuns runs) {
    this.municipalities = municipalities;
    this.crawls = crawls;
    this.runs = runs;
  }

  @GET
  public CrawlsView page(@Context ContainerRequestContext request) {
    return view(request, null);
  }

  @POST
  @Path("/start")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response start(@FormParam("site") long siteId, @Context ContainerRequestContext request) {
    try {
      crawls.start(siteId);
      return backToList();
    } catch (CrawlAlreadyRunningException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(
              view(
                  request,
                  "Er loopt al een crawl van deze website. Wacht tot die klaar is of stop hem eerst."))
          .build();
    } catch (IllegalArgumentException e) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(view(request, "Deze website bestaat niet (meer)."))
          .build();
    }
  }

  @POST
  @Path("/kanaalcontrole")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response watch(@FormParam("site") long siteId, @Context ContainerRequestContext request) {
    try {
      crawls.startWatch(siteId);
      return backToList();
    } catch (CrawlAlreadyRunningException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(
              view(
                  request,
                  "Er loopt al een crawl of kanaalcontrole van deze website. Wacht tot die klaar is."))
          .build();
    } catch (IllegalStateException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(
              view(
                  request, "Deze website heeft nog geen bekende productpagina's. Crawl hem eerst."))
          .build();
    } catch (IllegalArgumentException e) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(view(request, "Deze website bestaat niet (meer)."))
          .build();
    }
  }

  @POST
  @Path("/{id}/stop")
  public Response stop(@PathParam("id") long runId, @Context ContainerRequestContext request) {
    if (!crawls.stop(runId)) {
      return Response.status(Response.Status.CONFLICT)
          .entity(view(request, "Deze crawl loopt niet."))
          .build();
    }
    return backToList();
  }

  @POST
  @Path("/{id}/hervatten")
  public Response resume(@PathParam("id") long runId, @Context ContainerRequestContext request) {
    try {
      crawls.resume(runId);
      return backToList();
    } catch (CrawlAlreadyRunningException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(view(request, "Er loopt al een crawl van deze website."))
          .build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(view(request, "Alleen een gestopte crawl kan worden hervat."))
          .build();
    }
  }

  private static Response backToList() {
    return Response.seeOther(URI.create("/crawls")).build();
  }

  private CrawlsView view(ContainerRequestContext request, String message) {
    List<CrawlsView.SiteCrawls> sites = new ArrayList<>();
    for (MunicipalityJson m : municipalities.listFor(WebUsers.user(request))) {
      for (SiteJson site : m.sites()) {
        sites.add(new CrawlsView.SiteCrawls(m, site, runs.ofSite(site.id(), 20)));
      }
    }
    return new CrawlsView(sites, message, WebUsers.of(request));
  }
}
