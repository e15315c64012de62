package nl.wmebv.service.views;

import java.util.LinkedHashMap;
import java.util.Map;

/** Dutch labels for the codes the service stores, in the order forms offer them. */
public final class Labels {
  private Labels() {}

  /** All label maps by name, as templates see them: labels.textStatus["APPROVED"]. */
  public static final Map<String, Map<String, String>> ALL = Map.of(
      "channelStatus", ordered("DIGITAL", "Digitaal kanaal werkt", "NOT_COMPLIANT", "Aanwezig, niet in orde",
          "ABSENT", "Geen digitaal kanaal", "UNKNOWN", "Onbekend"),
      "detected", ordered("DIGITAL", "Digitaal kanaal", "BROKEN", "Kanaal werkt niet", "NOT_DIGITAL",
          "Alleen niet-digitaal", "NONE", "Geen kanaal"),
      "textStatus", ordered("NOT_REVIEWED", "Niet beoordeeld", "NEEDS_REWRITING", "Moet herschreven",
          "REWRITTEN", "Herschreven", "APPROVED", "Goedgekeurd"),
      "actionType", ordered("NONE", "Geen actie nodig", "CREATE_EFORM", "E-formulier maken", "ADD_DIGID",
          "DigiD toevoegen", "ADD_EHERKENNING", "eHerkenning toevoegen", "REPLACE_PDF_FORM",
          "Pdf-formulier vervangen", "REPAIR_LINK", "Kapotte link herstellen", "DESIGNATE_EMAIL",
          "E-mailadres aanwijzen", "REWRITE_TEXT", "Webtekst herschrijven", "REMOVE_OR_MERGE_PAGE",
          "Pagina verwijderen of samenvoegen", "OTHER", "Anders"),
      "actionStatus", ordered("OPEN", "Open", "IN_PROGRESS", "Bezig", "DONE", "Klaar"),
      "channelType", ordered("EFORM_DIGID", "E-formulier met DigiD", "EFORM_EHERKENNING",
          "E-formulier met eHerkenning", "EFORM_OPEN", "E-formulier zonder inlog", "NATIONAL_PORTAL",
          "Landelijk loket", "EMAIL", "E-mail", "PRINT_FORM", "Formulier om te printen",
          "APPOINTMENT_PHONE_VISIT", "Afspraak, telefoon of balie"),
      "messageType", ordered("aanvraag", "Aanvraag", "melding", "Melding", "klacht", "Klacht", "bezwaar",
          "Bezwaarschrift", "zienswijze", "Zienswijze", "aanvulling", "Aanvulling", "ingebrekestelling",
          "Ingebrekestelling", "overig", "Ander formeel bericht"),
      "role", ordered("VIEWER", "lezer", "EDITOR", "redacteur", "ADMIN", "beheerder"),
      "flag", ordered("new", "Nieuw", "review", "Te beoordelen", "gone", "Verdwenen"),
      "crawlStatus", ordered("RUNNING", "bezig", "STOPPED", "gestopt", "FINISHED", "klaar", "FAILED", "mislukt"));

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
