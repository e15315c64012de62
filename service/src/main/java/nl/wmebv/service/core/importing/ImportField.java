package nl.wmebv.service.core.importing;

import java.util.List;

/**
 * A product field a spreadsheet column can be mapped to, with its Dutch name in the mapping step
 * and the headings (lower case, as people write them) that map to it without asking; the first
 * heading is our own export's.
 */
public enum ImportField {
  PRODUCT_ID("Nr.", List.of("nr.", "nr", "productnummer", "product-id", "id")),
  NAME("Productnaam", List.of("product", "productnaam", "naam", "naam product", "dienst")),
  UNIFORM_NAME(
      "Uniforme productnaam", List.of("uniforme productnaam", "upl", "upl-naam", "uniforme naam")),
  CLUSTER("Cluster", List.of("cluster", "afdeling", "domein", "team")),
  PAGE_URL("Pagina-URL", List.of("pagina-url", "url", "pagina", "link", "webpagina", "website")),
  IN_SCOPE(
      "Valt onder WMEBV", List.of("valt onder wmebv", "wmebv", "in scope", "valt onder de wet")),
  MESSAGE_TYPES("Berichtsoorten", List.of("berichtsoorten", "berichtsoort", "soort bericht")),
  CHANNEL_STATUS(
      "Kanaalstatus",
      List.of(
          "kanaal besluit",
          "kanaalstatus",
          "digitaal kanaal (ja/nee)",
          "digitaal kanaal",
          "digitaal",
          "e-formulier",
          "digitaal aan te vragen")),
  ACTION_TYPE("Actie", List.of("actie", "soort actie", "te doen")),
  OWNER("Eigenaar", List.of("eigenaar", "actiehouder", "verantwoordelijke", "wie", "trekker")),
  DEADLINE(
      "Deadline", List.of("deadline", "datum gereed", "streefdatum", "uiterlijk", "vóór", "voor")),
  ACTION_STATUS("Actiestatus", List.of("actiestatus", "status actie", "voortgang")),
  TEXT_STATUS("Tekststatus", List.of("tekststatus", "status tekst")),
  NOTES("Notities", List.of("notities", "opmerkingen", "opmerking", "toelichting", "notitie")),
  PRODUCT_OWNER_EMAIL(
      "Producteigenaar (e-mail)",
      List.of(
          "producteigenaar (e-mail)",
          "producteigenaar",
          "e-mail producteigenaar",
          "e-mail eigenaar",
          "e-mailadres eigenaar"));

  private final String label;
  private final List<String> headings;

  ImportField(String label, List<String> headings) {
    this.label = label;
    this.headings = headings;
  }

  /** The Dutch name shown in the mapping step. */
  public String label() {
    return label;
  }

  List<String> headings() {
    return headings;
  }

  /** The field's name in the JSON API's report ("channelStatus", "actionType", ...). */
  public String key() {
    String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return key.toString();
  }
}
