package nl.wmebv.service.views;

import java.util.List;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.SiteJson;

/** The crawls page: per site start, stop and resume with live progress, and the past runs. */
public class CrawlsView extends PageView {
  /** One site with its runs, newest first. */
  public record SiteCrawls(MunicipalityJson municipality, SiteJson site, List<CrawlRunJson> runs) {
    public boolean isRunning() {
      return !runs.isEmpty() && "RUNNING".equals(runs.get(0).status());
    }

    public boolean isResumable() {
      return !runs.isEmpty() && "STOPPED".equals(runs.get(0).status());
    }
  }

  private final List<SiteCrawls> sites;
  private final String message;

  public CrawlsView(List<SiteCrawls> sites, String message, WebUser webUser) {
    super("/views/crawls.ftlh", webUser);
    this.sites = sites;
    this.message = message;
  }

  public List<SiteCrawls> getSites() {
    return sites;
  }

  public String getMessage() {
    return message;
  }
}
