package nl.wmebv.service.resources.web;

import java.util.List;
import java.util.Locale;
import nl.wmebv.service.core.sc.FeedRejectedException;

/**
 * A Dutch lead sentence for each way an SC feed can be refused; the importer's own message is the
 * detail.
 */
final class FeedMessages {
  private record Lead(String marker, String sentence) {}

  /** Checked in order against the (English) message of the importer, parser or fetcher. */
  private static final List<Lead> LEADS =
      List.of(
          new Lead("the file is empty", "Het bestand is leeg."),
          new Lead(
              "not well-formed xml",
              "Het bestand is geen geldige XML: het is beschadigd of afgebroken."),
          new Lead("the file is not xml", "Het bestand is geen XML-bestand."),
          new Lead(
              "is not a samenwerkende catalogi feed",
              "Dit XML-bestand is geen feed van de Samenwerkende Catalogi."),
          new Lead("holds no product records", "De feed bevat geen producten."),
          new Lead("belongs to another municipality", "Deze feed is van een andere gemeente."),
          new Lead(
              "name no municipality",
              "Niet elk product in de feed noemt een gemeente, dus de feed is niet aan"
                  + " deze gemeente te koppelen."),
          new Lead(
              "usable http(s) page url",
              "Geen enkel product in de feed heeft een bruikbaar webadres."),
          new Lead("is not a valid url", "Dit is geen geldig webadres."),
          new Lead("larger than the limit", "Het bestand is groter dan toegestaan."),
          new Lead("timed out", "Het ophalen van de feed duurde te lang."),
          new Lead("fetch", "De feed kon niet worden opgehaald."));

  private FeedMessages() {}

  /** E.g. "Deze feed is van een andere gemeente. Er is niets veranderd." */
  static String lead(FeedRejectedException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    for (Lead lead : LEADS) {
      if (message.contains(lead.marker())) {
        return lead.sentence() + " Er is niets veranderd.";
      }
    }
    return (e.kind() == FeedRejectedException.Kind.UNREADABLE
            ? "Het bestand is niet te lezen als SC-feed."
            : "Deze feed kan niet worden ingelezen.")
        + " Er is niets veranderd.";
  }
}
