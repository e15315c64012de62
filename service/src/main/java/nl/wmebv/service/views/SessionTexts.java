package nl.wmebv.service.views;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.wmebv.service.core.SessionService;

/** Dutch wording of cluster sessions: their status and their times (in Dutch time). */
public final class SessionTexts {
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", DUTCH);
  private static final Map<String, String> STATUS = Map.of("PLANNED", "Gepland", "IN_PROGRESS", "Bezig",
      "DONE", "Afgerond");

  private SessionTexts() {}

  /** "dinsdag 3 maart 2026 om 14:00", or "—". */
  public static String when(OffsetDateTime at) {
    return at == null ? "—" : DAY_AND_TIME.format(at.atZoneSameInstant(SessionService.ZONE));
  }

  /** "3-3-2026 14:05", or "—". */
  public static String shortWhen(OffsetDateTime at) {
    return at == null ? "—" : SHORT.format(at.atZoneSameInstant(SessionService.ZONE));
  }

  public static String status(String code) {
    return STATUS.getOrDefault(code, code);
  }
}
