package nl.wmebv.service.vocabulary;

/** Where an action stands. */
public enum ActionStatus implements Term {
  OPEN("OPEN", "Open"),
  IN_PROGRESS("IN_PROGRESS", "Bezig"),
  DONE("DONE", "Klaar");

  private final String code;
  private final String label;

  ActionStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
