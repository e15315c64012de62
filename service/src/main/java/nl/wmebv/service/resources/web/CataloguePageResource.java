package nl.wmebv.service.resources.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.List;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.UnknownMunicipalityException;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.sc.CatalogueService;
import nl.wmebv.service.core.sc.FeedRejectedException;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.CatalogueView;
import nl.wmebv.service.views.FeedReportView;
import nl.wmebv.service.views.FeedReportView.Outcome;

/**
 * The catalogue page (Dutch): per municipality, import its SC feed (a file posted by the page's
 * script with the CSRF header, or fetched from a URL), its discrepancies between feed and crawl,
 * and its coverage.
 */
@Path("/catalogus")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class CataloguePageResource {
  private final MunicipalityService municipalities;
  private final CatalogueService catalogue;
  private final CataloguePages pages;

  public CataloguePageResource(MunicipalityService municipalities, CatalogueService catalogue) {
    this.municipalities = municipalities;
    this.catalogue = catalogue;
    this.pages = new CataloguePages(catalogue);
  }

  @GET
  public CatalogueView page(
      @QueryParam("gemeente") Long municipalityId, @Context ContainerRequestContext request) {
    return view(municipalityId, null, request);
  }

  /**
   * The file's bytes as the body (the page's script posts it); answers the report as a fragment.
   */
  @POST
  @Path("/{id}/feed")
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  public Response upload(
      @PathParam("id") long id, InputStream body, @Context ContainerRequestContext request)
      throws IOException {
    byte[] xml = catalogue.readUpload(body, null);
    Outcome outcome;
    if (xml == null) {
      outcome =
          new Outcome(
              id,
              null,
              "Het bestand is groter dan toegestaan ("
                  + catalogue.maxBytes() / (1024 * 1024)
                  + " MB). Er is niets veranderd.",
              "reference.scFeedMaxMegabytes");
    } else {
      requireMunicipality(id);
      outcome = importBytes(id, xml);
    }
    return Response.status(status(outcome, xml == null ? 413 : 422))
        .entity(new FeedReportView(outcome, WebUsers.of(request)))
        .build();
  }

  /**
   * Fetches the feed from the URL in the form and imports it; answers the whole page with the
   * report.
   */
  @POST
  @Path("/{id}/ophalen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fetch(
      @PathParam("id") long id,
      @FormParam("url") String url,
      @Context ContainerRequestContext request) {
    requireMunicipality(id);
    String given = url == null ? "" : url.strip();
    Outcome outcome;
    if (!given.matches("(?i)^https?://.+")) {
      outcome =
          new Outcome(
              id,
              null,
              "Vul het webadres van de feed in, beginnend met https:// of http://."
                  + " Er is niets veranderd.",
              given.isEmpty() ? "Geen webadres ingevuld" : given);
    } else {
      try {
        outcome = new Outcome(id, catalogue.fetchAndImport(id, given), null, null);
      } catch (FeedRejectedException e) {
        outcome = new Outcome(id, null, FeedMessages.lead(e), e.getMessage());
      } catch (UnknownMunicipalityException e) {
        throw new NotFoundException(e.getMessage());
      }
    }
    return Response.status(status(outcome, 422)).entity(view(id, outcome, request)).build();
  }

  private Outcome importBytes(long id, byte[] xml) {
    try {
      return new Outcome(id, catalogue.importFeed(id, xml), null, null);
    } catch (FeedRejectedException e) {
      return new Outcome(id, null, FeedMessages.lead(e), e.getMessage());
    } catch (UnknownMunicipalityException e) {
      throw new NotFoundException(e.getMessage());
    }
  }

  private static int status(Outcome outcome, int refused) {
    return outcome.isOk() ? 200 : refused;
  }

  private void requireMunicipality(long id) {
    if (municipalities.find(id).isEmpty()) {
      throw new NotFoundException("No municipality with id " + id);
    }
  }

  private CatalogueView view(
      Long municipalityId, Outcome outcome, ContainerRequestContext request) {
    List<MunicipalityJson> all = municipalities.listFor(WebUsers.user(request));
    MunicipalityJson chosen =
        municipalityId == null
            ? all.stream().findFirst().orElse(null)
            : all.stream()
                .filter(m -> m.id() == municipalityId)
                .findFirst()
                .orElseThrow(
                    () -> new NotFoundException("No municipality with id " + municipalityId));
    return new CatalogueView(
        all, chosen == null ? null : pages.catalogue(chosen), outcome, WebUsers.of(request));
  }
}
