package nl.wmebv.service.vocabulary;

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

  /**
   * The one definition of a product's effective channel status: the person's override, else the
   * crawler's verdict on the person's scale, else UNKNOWN. {@code ProductQueryDao.EFFECTIVE_STATUS}
   * is its SQL form, which EffectiveStatusTest holds to this for every pair of values.
   */
  public static ChannelStatus effective(String override, String detected) {
    if (override != null) {
      return java.util.Arrays.stream(values())
          .filter(s -> s.code.equals(override))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Unknown channel status " + override));
    }
    return java.util.Arrays.stream(DetectedStatus.values())
        .filter(d -> d.code().equals(detected))
        .findFirst()
        .map(DetectedStatus::onPersonScale)
        .orElse(UNKNOWN);
  }
}
