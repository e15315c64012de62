package nl.wmebv.service.vocabulary;

/** The formal messages (Wmebv) a product's channel has to accept; codes are lower case. */
public enum MessageType implements Term {
  AANVRAAG("aanvraag", "Aanvraag"),
  MELDING("melding", "Melding"),
  KLACHT("klacht", "Klacht"),
  BEZWAAR("bezwaar", "Bezwaarschrift"),
  ZIENSWIJZE("zienswijze", "Zienswijze"),
  AANVULLING("aanvulling", "Aanvulling"),
  INGEBREKESTELLING("ingebrekestelling", "Ingebrekestelling"),
  OVERIG("overig", "Ander formeel bericht");

  private final String code;
  private final String label;

  MessageType(String code, String label) {
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
