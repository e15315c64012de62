package nl.wmebv.service.views;

import java.util.List;
import nl.wmebv.service.api.CrawlChangesJson;
import nl.wmebv.service.api.CrawlRunJson;

/** One crawl: its numbers and what it changed in the inventory, each change linked to its product. */
public class CrawlDetailView extends PageView {
  /** A kind of change with its Dutch heading and its products. */
  public record Group(String id, String title, String empty, List<CrawlChangesJson.Change> changes) {}

  private final CrawlRunJson run;
  private final String municipality;
  private final String siteUrl;
  private final List<Group> groups;

  public CrawlDetailView(CrawlRunJson run, String municipality, String siteUrl, CrawlChangesJson changes,
      WebUser webUser) {
    super("/views/crawl.ftlh", webUser);
    this.run = run;
    this.municipality = municipality;
    this.siteUrl = siteUrl;
    this.groups = List.of(
        new Group("nieuw", "Nieuwe producten", "Geen nieuwe producten.", changes.newProducts()),
        new Group("gewonnen", "Digitaal kanaal erbij", "Geen product kreeg een digitaal kanaal.",
            changes.channelsGained()),
        new Group("verloren", "Digitaal kanaal kwijt", "Geen product verloor zijn digitale kanaal.",
            changes.channelsLost()),
        new Group("kapot", "Kanaal werkt niet meer", "Geen kanaal ging kapot.", changes.channelsBroken()),
        new Group("verdwenen", "Pagina's verdwenen", "Geen pagina verdwenen.", changes.pagesGone()),
        new Group("tekst", "Tekst gewijzigd", "Geen tekst gewijzigd.", changes.textChanged()));
  }

  public CrawlRunJson getRun() {
    return run;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getSiteUrl() {
    return siteUrl;
  }

  public List<Group> getGroups() {
    return groups;
  }

  /** Changes in all groups together. */
  public int getChangeCount() {
    return groups.stream().mapToInt(g -> g.changes().size()).sum();
  }
}
