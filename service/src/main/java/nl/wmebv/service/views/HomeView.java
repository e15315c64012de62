package nl.wmebv.service.views;

import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.db.ProductOverviewRow;

/** The start page: per municipality its latest crawl and its products with their channel status. */
public class HomeView extends PageView {
  private final List<Entry> entries;

  /** One municipality on the start page. */
  public record Entry(
      MunicipalityJson municipality, CrawlRunJson latestCrawl, List<ProductOverviewRow> products,
      Map<String, Long> statusCounts) {}

  public HomeView(List<Entry> entries, WebUser webUser) {
    super("/views/home.ftlh", webUser);
    this.entries = entries;
  }

  public List<Entry> getEntries() {
    return entries;
  }
}
