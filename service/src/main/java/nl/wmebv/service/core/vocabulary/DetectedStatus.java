package nl.wmebv.service.core.vocabulary;

/** The crawler's channel verdict on a product page (stored as detected_channel_status). */
public enum DetectedStatus implements Term {
  DIGITAL("DIGITAL", "Digitaal kanaal"),
  BROKEN("BROKEN", "Kanaal werkt niet"),
  NOT_DIGITAL("NOT_DIGITAL", "Alleen niet-digitaal"),
  NONE("NONE", "Geen kanaal");

  private final String code;
  private final String label;

  DetectedStatus(String code, String label) {
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
