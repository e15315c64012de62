package nl.wmebv.service.core.export;

import java.time.LocalDate;

/** Progress of one cluster in one ISO week (e.g. "2026-W47", starting Monday {@code weekStart}). */
public record WeekProgress(
    String isoWeek,
    LocalDate weekStart,
    Long clusterId,
    String cluster,
    long inScope,
    long digital) {

  /**
   * Share of in-scope products with a working digital channel, 0..1; null when none is in scope.
   */
  public Double share() {
    return inScope == 0 ? null : (double) digital / inScope;
  }
}
