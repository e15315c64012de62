package nl.wmebv.service.resources.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.ActionService;
import nl.wmebv.service.core.CrawlRuns;
import nl.wmebv.service.core.MunicipalityService;
import nl.wmebv.service.core.ProductService;
import nl.wmebv.service.core.export.ExportScope;
import nl.wmebv.service.core.export.InventoryExport;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.DashboardView;

/** The web view's start page (Dutch): the dashboard (its crawl progress polls CrawlDetailPageResource). */
@Path("/")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class HomeResource {
  private final MunicipalityService municipalities;
  private final InventoryExport figures;
  private final ProductService products;
  private final CrawlRuns runs;
  private final ActionService actions;

  public HomeResource(MunicipalityService municipalities, InventoryExport figures, ProductService products,
      CrawlRuns runs, ActionService actions) {
    this.municipalities = municipalities;
    this.figures = figures;
    this.products = products;
    this.runs = runs;
    this.actions = actions;
  }

  @GET
  public DashboardView home(@Context ContainerRequestContext request) {
    return new DashboardView(municipalities.listFor(WebUsers.user(request)).stream().map(this::dashboard).toList(), WebUsers.of(request));
  }

  private DashboardView.Entry dashboard(MunicipalityJson m) {
    ExportScope scope = figures.scope(m.id(), null);
    return new DashboardView.Entry(m, latestCrawl(m), figures.summary(scope), figures.progress(scope),
        products.detectedDigitalByCluster(m.id()), actions.dueByCluster(m.id()));
  }

  private CrawlRunJson latestCrawl(MunicipalityJson m) {
    return m.sites().isEmpty() ? null
        : runs.latest(m.sites().get(0).id()).orElse(null);
  }

}
