package nl.wmebv.service.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.MunicipalityService;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.ProductDao;
import nl.wmebv.service.db.ProductOverviewRow;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.CrawlProgressView;
import nl.wmebv.service.views.HomeView;
import org.jdbi.v3.core.Jdbi;

/** The web view's start page (Dutch). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {
  private final MunicipalityService municipalities;
  private final Jdbi jdbi;

  public HomeResource(MunicipalityService municipalities, Jdbi jdbi) {
    this.municipalities = municipalities;
    this.jdbi = jdbi;
  }

  @GET
  public HomeView home(@Context ContainerRequestContext request) {
    return new HomeView(municipalities.list().stream().map(this::entry).toList(), WebUsers.of(request));
  }

  @GET
  @Path("crawls/{id}/voortgang")
  public CrawlProgressView progress(@PathParam("id") long id) {
    return jdbi.onDemand(CrawlRunDao.class).find(id).map(r -> new CrawlProgressView(CrawlRunJson.of(r)))
        .orElseThrow(() -> new NotFoundException("No crawl run " + id));
  }

  private HomeView.Entry entry(MunicipalityJson m) {
    CrawlRunJson latest = m.sites().isEmpty() ? null
        : jdbi.onDemand(CrawlRunDao.class).listBySite(m.sites().get(0).id(), 1).stream()
            .findFirst().map(CrawlRunJson::of).orElse(null);
    List<ProductOverviewRow> products = jdbi.onDemand(ProductDao.class).overview(m.id());
    Map<String, Long> counts = products.stream().collect(Collectors.groupingBy(
        p -> p.detectedChannelStatus() == null ? "ONBEKEND" : p.detectedChannelStatus(), TreeMap::new,
        Collectors.counting()));
    return new HomeView.Entry(m, latest, products, counts);
  }
}
