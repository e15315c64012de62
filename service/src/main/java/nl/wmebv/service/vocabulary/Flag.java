package nl.wmebv.service.vocabulary;

/** The review flags on a product; codes are lower case. */
public enum Flag implements Term {
  NEW("new", "Nieuw"),
  REVIEW("review", "Te beoordelen"),
  GONE("gone", "Verdwenen");

  private final String code;
  private final String label;

  Flag(String code, String label) {
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
