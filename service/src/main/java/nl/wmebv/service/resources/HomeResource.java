package nl.wmebv.service.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.MunicipalityService;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.ProductDao;
import nl.wmebv.service.core.export.ExportScope;
import nl.wmebv.service.core.export.InventoryExport;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.DashboardView;
import org.jdbi.v3.core.Jdbi;

/** The web view's start page (Dutch): the dashboard (its crawl progress polls CrawlDetailPageResource). */
@Path("/")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class HomeResource {
  private final MunicipalityService municipalities;
  private final InventoryExport figures;
  private final Jdbi jdbi;

  public HomeResource(MunicipalityService municipalities, InventoryExport figures, Jdbi jdbi) {
    this.municipalities = municipalities;
    this.figures = figures;
    this.jdbi = jdbi;
  }

  @GET
  public DashboardView home(@Context ContainerRequestContext request) {
    return new DashboardView(municipalities.list().stream().map(this::dashboard).toList(), WebUsers.of(request));
  }

  private DashboardView.Entry dashboard(MunicipalityJson m) {
    ExportScope scope = figures.scope(m.id(), null);
    return new DashboardView.Entry(m, latestCrawl(m), figures.summary(scope), figures.progress(scope),
        jdbi.onDemand(ProductDao.class).detectedDigitalByCluster(m.id()));
  }

  private CrawlRunJson latestCrawl(MunicipalityJson m) {
    return m.sites().isEmpty() ? null
        : jdbi.onDemand(CrawlRunDao.class).listBySite(m.sites().get(0).id(), 1).stream()
            .findFirst().map(CrawlRunJson::of).orElse(null);
  }

}
