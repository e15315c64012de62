package nl.wmebv.service.views;

import java.util.List;
import nl.wmebv.service.api.CrawlChangesJson;
import nl.wmebv.service.api.CrawlProblemsJson;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.vocabulary.FetchProblem;
import nl.wmebv.service.vocabulary.Vocabularies;

/**
 * One crawl: its numbers, the URLs it failed or skipped with the Dutch reason, and what it changed
 * in the inventory, each change linked to its product.
 */
public class CrawlDetailView extends PageView {
  /** A kind of change with its Dutch heading and its products. */
  public record Group(
      String id, String title, String empty, List<CrawlChangesJson.Change> changes) {}

  /** A failed or skipped URL with its status (0: no answer) and the Dutch reason. */
  public record Problem(String url, int httpStatus, String reason, boolean skipped) {}

  private final CrawlRunJson run;
  private final String municipality;
  private final String siteUrl;
  private final List<Group> groups;
  private final CrawlProblemsJson problemCounts;
  private final List<Problem> problems;

  public CrawlDetailView(
      CrawlRunJson run,
      String municipality,
      String siteUrl,
      CrawlChangesJson changes,
      CrawlProblemsJson problems,
      WebUser webUser) {
    super("/views/crawl.ftlh", webUser);
    this.run = run;
    this.problemCounts = problems;
    this.problems =
        problems.problems().stream()
            .map(
                p ->
                    new Problem(
                        p.url(),
                        p.httpStatus(),
                        Vocabularies.label(FetchProblem.class, p.reason()),
                        p.skipped()))
            .toList();
    this.municipality = municipality;
    this.siteUrl = siteUrl;
    this.groups =
        List.of(
            new Group("nieuw", "Nieuwe producten", "Geen nieuwe producten.", changes.newProducts()),
            new Group(
                "gewonnen",
                "Digitaal kanaal erbij",
                "Geen product kreeg een digitaal kanaal.",
                changes.channelsGained()),
            new Group(
                "verloren",
                "Digitaal kanaal kwijt",
                "Geen product verloor zijn digitale kanaal.",
                changes.channelsLost()),
            new Group(
                "kapot",
                "Kanaal werkt niet meer",
                "Geen kanaal ging kapot.",
                changes.channelsBroken()),
            new Group(
                "verdwenen", "Pagina's verdwenen", "Geen pagina verdwenen.", changes.pagesGone()),
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

  /** The failed URLs first, then the skipped ones; at most {@code CrawlProblems.LIMIT}. */
  public List<Problem> getProblems() {
    return problems;
  }

  /**
   * Failed, skipped and unchanged (304) URLs as the run's observations count them, and the rows not
   * listed.
   */
  public CrawlProblemsJson getProblemCounts() {
    return problemCounts;
  }

  public List<Group> getGroups() {
    return groups;
  }

  /** Changes in all groups together. */
  public int getChangeCount() {
    return groups.stream().mapToInt(g -> g.changes().size()).sum();
  }
}
