package nl.wmebv.service.views;

import nl.wmebv.service.core.session.SessionMinutes;

/**
 * Dutch wording of a cluster session's status; its times are written by {@link
 * nl.wmebv.service.core.DutchTime}.
 */
public final class SessionTexts {
  private SessionTexts() {}

  public static String status(String code) {
    return SessionMinutes.status(code);
  }
}
