package nl.wmebv.service.resources.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.action.ActionService;
import nl.wmebv.service.core.crawl.CrawlRuns;
import nl.wmebv.service.core.export.ExportScope;
import nl.wmebv.service.core.export.InventoryExport;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.product.ProductService;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.DashboardView;

/**
 * The web view's start page (Dutch): the dashboard (its crawl progress polls
 * CrawlDetailPageResource).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class HomeResource {
  private final MunicipalityService municipalities;
  private final InventoryExport figures;
  private final ProductService products;
  private final CrawlRuns runs;
  private final ActionService actions;

  public HomeResource(
      MunicipalityService municipalities,
      InventoryExport figures,
      ProductService products,
      CrawlRuns runs,
      ActionService actions) {
    this.municipalities = municipalities;
    this.figures = figures;
    this.products = products;
    this.runs = runs;
    this.actions = actions;
  }

  /**
   * One municipality's dashboard (the {@code gemeente} parameter, else the user's first), with a
   * choice of the others: a shared service's admin sees 342, whose figures on one page would take
   * minutes and fill screens.
   */
  @GET
  public DashboardView home(
      @QueryParam("gemeente") String gemeente, @Context ContainerRequestContext request) {
    List<MunicipalityJson> all = municipalities.listFor(WebUsers.user(request));
    MunicipalityJson shown = MunicipalityChoice.of(all, gemeente);
    return new DashboardView(
        shown == null ? List.of() : List.of(dashboard(shown)), all, WebUsers.of(request));
  }

  private DashboardView.Entry dashboard(MunicipalityJson m) {
    ExportScope scope = figures.scope(m.id(), null);
    return new DashboardView.Entry(
        m,
        latestCrawl(m),
        figures.summary(scope),
        figures.progress(scope),
        products.detectedDigitalByCluster(m.id()),
        actions.dueByCluster(m.id()));
  }

  private CrawlRunJson latestCrawl(MunicipalityJson m) {
    return m.sites().isEmpty() ? null : runs.latest(m.sites().get(0).id()).orElse(null);
  }
}
