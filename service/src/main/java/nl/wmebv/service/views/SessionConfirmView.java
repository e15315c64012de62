package nl.wmebv.service.views;

import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.core.DutchTime;

/**
 * "Weet u het zeker?" before finishing or deleting a session: a page of its own, so it works
 * without a script and nothing happens until the person confirms (the form field {@code
 * bevestigd=ja}).
 */
public class SessionConfirmView extends PageView {
  /** What is to be confirmed. */
  public enum What {
    FINISH,
    DELETE
  }

  private final SessionJson session;
  private final What what;
  private final int decided;
  private final int total;

  public SessionConfirmView(
      SessionJson session, What what, int decided, int total, WebUser webUser) {
    super("/views/session-confirm.ftlh", webUser);
    this.session = session;
    this.what = what;
    this.decided = decided;
    this.total = total;
  }

  public SessionJson getSession() {
    return session;
  }

  public boolean isFinish() {
    return what == What.FINISH;
  }

  public int getDecided() {
    return decided;
  }

  public int getTotal() {
    return total;
  }

  /** How many products have not been discussed (no decision recorded in this session). */
  public int getOpen() {
    return Math.max(0, total - decided);
  }

  public String getPlanned() {
    return DutchTime.dayInText(session.plannedAt());
  }
}
