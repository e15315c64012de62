package nl.wmebv.service.vocabulary;

/**
 * The life of a stored aanwijzingsbesluit version, in order; a version only moves forward, one step
 * at a time.
 */
public enum DesignationDecisionStatus implements Term {
  CONCEPT("CONCEPT", "Concept"),
  VOORGELEGD("VOORGELEGD", "Voorgelegd"),
  VASTGESTELD("VASTGESTELD", "Vastgesteld"),
  BEKENDGEMAAKT("BEKENDGEMAAKT", "Bekendgemaakt");

  private final String code;
  private final String label;

  DesignationDecisionStatus(String code, String label) {
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

  /** The status a version in this status may move to, or null at the end. */
  public DesignationDecisionStatus next() {
    return this == BEKENDGEMAAKT ? null : values()[ordinal() + 1];
  }
}
