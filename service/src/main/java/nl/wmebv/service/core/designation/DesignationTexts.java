package nl.wmebv.service.core.designation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dutch words for the register's codes, in the order forms offer them. */
public final class DesignationTexts {
  public static final Map<String, String> KINDS =
      ordered(
          "SPECIFIC_FORM",
          "Specifiek webformulier",
          "CONTACT_FORM_DIGID",
          "Algemeen contactformulier met DigiD",
          "CONTACT_FORM_EHERKENNING",
          "Algemeen contactformulier met eHerkenning",
          "EMAIL",
          "E-mailadres",
          "OMGEVINGSLOKET",
          "Omgevingsloket",
          "BERICHTENBOX_BEDRIJVEN",
          "Berichtenbox voor Bedrijven",
          "OTHER_NATIONAL_PORTAL",
          "Andere landelijke voorziening");
  public static final Map<String, String> IDENTIFICATIONS =
      ordered(
          "NONE",
          "zonder inloggen",
          "DIGID",
          "na inloggen met DigiD",
          "EHERKENNING",
          "na inloggen met eHerkenning",
          "BOTH",
          "na inloggen met DigiD of eHerkenning");
  private static final Map<String, String> PLURALS =
      ordered(
          "aanvraag",
          "aanvragen",
          "melding",
          "meldingen",
          "klacht",
          "klachten",
          "bezwaar",
          "bezwaarschriften",
          "zienswijze",
          "zienswijzen",
          "aanvulling",
          "aanvullingen",
          "ingebrekestelling",
          "ingebrekestellingen",
          "overig",
          "andere formele berichten");
  public static final List<String> NATIONAL =
      List.of("OMGEVINGSLOKET", "BERICHTENBOX_BEDRIJVEN", "OTHER_NATIONAL_PORTAL");

  private DesignationTexts() {}

  /** "aanvragen, meldingen en klachten" for [aanvraag, melding, klacht]. */
  public static String messageTypes(List<String> types) {
    return and(types.stream().map(t -> PLURALS.getOrDefault(t, t)).toList());
  }

  /** How the bijlage states a channel's identification, with the machtigen each means offers. */
  public static String identification(String code) {
    return switch (code == null ? "NONE" : code) {
      case "DIGID" -> "DigiD (ook voor een gemachtigde met DigiD Machtigen)";
      case "EHERKENNING" -> "eHerkenning (ook met ketenmachtiging)";
      case "BOTH" -> "DigiD (ook met DigiD Machtigen) of eHerkenning (ook met ketenmachtiging)";
      case "NONE" -> "geen inloggen nodig";
      default -> code;
    };
  }

  /** "a, b en c". */
  public static String and(List<String> words) {
    if (words.size() <= 1) {
      return words.isEmpty() ? "" : words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " en "
        + words.get(words.size() - 1);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
