package nl.wmebv.service.core.vocabulary;

/** How well a product can be requested digitally (stored as override, derived otherwise). */
public enum ChannelStatus implements Term {
  DIGITAL("DIGITAL", "Digitaal kanaal werkt"),
  NOT_COMPLIANT("NOT_COMPLIANT", "Aanwezig, niet in orde"),
  ABSENT("ABSENT", "Geen digitaal kanaal"),
  UNKNOWN("UNKNOWN", "Onbekend");

  private final String code;
  private final String label;

  ChannelStatus(String code, String label) {
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
