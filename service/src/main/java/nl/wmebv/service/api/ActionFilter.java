package nl.wmebv.service.api;

import java.time.LocalDate;

/**
 * The filters and sort of a municipality's action list; a null field is no filter. {@code owner}
 * matches the owner ignoring case and surrounding spaces; {@code clusterId} 0 means "products
 * without a cluster"; {@code overdue} true keeps the overdue actions, false the others; {@code
 * deadlineBefore} keeps deadlines strictly before that day.
 */
public record ActionFilter(
    String owner,
    String status,
    Boolean overdue,
    LocalDate deadlineBefore,
    Long clusterId,
    ActionSort sort) {

  /** Every action, by deadline. */
  public static ActionFilter all() {
    return new ActionFilter(null, null, null, null, null, ActionSort.DEADLINE);
  }
}
