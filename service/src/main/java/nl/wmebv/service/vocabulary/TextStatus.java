package nl.wmebv.service.vocabulary;

/** How far the web text of a product has been reviewed. */
public enum TextStatus implements Term {
  NOT_REVIEWED("NOT_REVIEWED", "Niet beoordeeld"),
  NEEDS_REWRITING("NEEDS_REWRITING", "Moet herschreven"),
  REWRITTEN("REWRITTEN", "Herschreven"),
  APPROVED("APPROVED", "Goedgekeurd");

  private final String code;
  private final String label;

  TextStatus(String code, String label) {
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
