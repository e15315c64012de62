package nl.wmebv.service.views;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wmebv.service.api.SessionDecisionJson;
import nl.wmebv.service.api.SessionDecisionSnapshot;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.api.SessionReportJson;
import nl.wmebv.service.core.DutchTime;

/** The verslag of a session: cluster, date, participants, who recorded, and every decision; printable. */
public class SessionReportView extends PageView {
  private final SessionReportJson report;
  private final List<Row> rows;

  /** One decision in words. */
  public record Row(long productId, String product, String scope, String messageTypes, String channelStatus,
      String action, String owner, String deadline, String actionStatus, String textStatus, String notes,
      String decidedBy, String decidedAt) {}

  public SessionReportView(SessionReportJson report, WebUser webUser) {
    super("/views/session-report.ftlh", webUser);
    this.report = report;
    this.rows = report.decisions().stream().map(SessionReportView::row).toList();
  }

  private static Row row(SessionDecisionJson d) {
    SessionDecisionSnapshot s = d.decision();
    Map<String, Map<String, String>> l = Labels.ALL;
    String scope = s.inScope() == null ? "Nog niet besloten" : s.inScope() ? "Ja" : "Nee";
    String types = s.messageTypes() == null || s.messageTypes().isEmpty() ? "—"
        : String.join(", ", s.messageTypes().stream().map(t -> l.get("messageType").getOrDefault(t, t)).toList());
    String channel = s.channelStatusOverride() != null
        ? l.get("channelStatus").getOrDefault(s.channelStatusOverride(), s.channelStatusOverride())
        : label(l.get("channelStatus"), s.channelStatus()) + " (volgens de crawler)";
    SessionDecisionSnapshot.Action a = s.action();
    return new Row(d.productId(), d.productName(), scope, types, channel,
        a == null ? "Geen actie" : label(l.get("actionType"), a.type())
            + (a.description() == null ? "" : ": " + a.description()),
        a == null || a.owner() == null ? "—" : a.owner(),
        a == null ? "—" : DutchTime.date(a.deadline()),
        a == null ? "—" : label(l.get("actionStatus"), a.status()),
        label(l.get("textStatus"), s.textStatus()),
        s.notes() == null ? "" : s.notes(), d.decidedBy(), DutchTime.dateTime(d.decidedAt()));
  }

  private static String label(Map<String, String> labels, String code) {
    return code == null ? "—" : labels.getOrDefault(code, code);
  }

  public SessionJson getSession() {
    return report.session();
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getPlanned() {
    return DutchTime.dayInText(report.session().plannedAt());
  }

  public String getStarted() {
    return DutchTime.dayInText(report.session().startedAt());
  }

  public String getFinished() {
    return DutchTime.dayInText(report.session().finishedAt());
  }

  public String getStatus() {
    return SessionTexts.status(report.session().status());
  }

  /** The people who recorded the decisions, alphabetically. */
  public List<String> getRecorders() {
    return report.decisions().stream().map(SessionDecisionJson::decidedBy).filter(Objects::nonNull).distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER).toList();
  }
}
