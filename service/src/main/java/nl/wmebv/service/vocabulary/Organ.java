package nl.wmebv.service.vocabulary;

/**
 * The bestuursorganen of a municipality that receive formal messages and designate channels for
 * them (artikel 2:13, tweede lid, Awb), in the order a joint decision names them.
 */
public enum Organ implements Term {
  RAAD("RAAD", "Gemeenteraad", "de raad", "raad"),
  COLLEGE(
      "COLLEGE",
      "College van burgemeester en wethouders",
      "het college van burgemeester en wethouders",
      "college"),
  BURGEMEESTER("BURGEMEESTER", "Burgemeester", "de burgemeester", "burgemeester");

  private final String code;
  private final String label;
  private final String inText;
  private final String shortName;

  Organ(String code, String label, String inText, String shortName) {
    this.code = code;
    this.label = label;
    this.inText = inText;
    this.shortName = shortName;
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
   * How a decision's text names the organ: "de raad", "het college van burgemeester en wethouders".
   */
  public String inText() {
    return inText;
  }

  /** The organ in one word, as a table column shows it: "raad", "college", "burgemeester". */
  public String shortName() {
    return shortName;
  }

  /** The organ of a code; null for null or an unknown code. */
  public static Organ of(String code) {
    for (Organ o : values()) {
      if (o.code.equals(code)) {
        return o;
      }
    }
    return null;
  }
}
