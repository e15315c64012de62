package nl.wmebv.service.views;

import nl.wmebv.service.core.sc.ImportReport;

/**
 * The result of an SC feed import as an htmx fragment: the report, or a Dutch lead sentence and the
 * detail.
 */
public class FeedReportView extends PageView {
  /**
   * What an import did: {@code report} when it succeeded, else {@code lead} (Dutch) and {@code
   * detail} (the importer's own words).
   */
  public record Outcome(long municipalityId, ImportReport report, String lead, String detail) {
    public boolean isOk() {
      return report != null;
    }
  }

  private final Outcome outcome;

  public FeedReportView(Outcome outcome, WebUser webUser) {
    super("/views/partials/feed-report-fragment.ftlh", webUser);
    this.outcome = outcome;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
