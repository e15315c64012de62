package nl.wmebv.service.views;

import java.util.List;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.api.SessionReportJson;
import nl.wmebv.service.core.session.SessionMinutes;

/**
 * The verslag of a session: cluster, date, participants, who recorded, the summary, the action list
 * and every decision; printable, and downloadable as Word and PDF.
 */
public class SessionReportView extends PageView {
  private final SessionReportJson report;
  private final SessionMinutes minutes;

  public SessionReportView(SessionReportJson report, WebUser webUser) {
    super("/views/session-report.ftlh", webUser);
    this.report = report;
    this.minutes = SessionMinutes.of(report);
  }

  public SessionJson getSession() {
    return report.session();
  }

  /** The verslag in words, shared with the Word and PDF downloads. */
  public SessionMinutes getMinutes() {
    return minutes;
  }

  public List<SessionMinutes.Decision> getRows() {
    return minutes.decisions();
  }

  public String getPlanned() {
    return minutes.planned();
  }

  public String getStarted() {
    return minutes.started();
  }

  public String getFinished() {
    return minutes.finished();
  }

  public String getStatus() {
    return minutes.status();
  }

  /** The people who recorded the decisions, alphabetically. */
  public List<String> getRecorders() {
    return minutes.recorders();
  }
}
