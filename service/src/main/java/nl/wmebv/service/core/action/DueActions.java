package nl.wmebv.service.core.action;

/**
 * A cluster's open actions past their deadline and those due within {@link
 * ActionService#DUE_SOON_DAYS} days.
 */
public record DueActions(long overdue, long dueSoon) {
  public static final DueActions NONE = new DueActions(0, 0);
}
