package nl.wmebv.service.views;

import java.util.Map;

/** Dutch wording of a cluster session's status; its times are written by {@link nl.wmebv.service.core.DutchTime}. */
public final class SessionTexts {
  private static final Map<String, String> STATUS = Map.of("PLANNED", "Gepland", "IN_PROGRESS", "Bezig",
      "DONE", "Afgerond");

  private SessionTexts() {}

  public static String status(String code) {
    return STATUS.getOrDefault(code, code);
  }
}
