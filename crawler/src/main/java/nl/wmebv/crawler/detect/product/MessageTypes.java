package nl.wmebv.crawler.detect.product;

import java.net.URI;
import java.util.List;
import java.util.TreeSet;
import nl.wmebv.crawler.detect.page.Text;
import nl.wmebv.crawler.detect.upl.UplEntry;

/** The formal message types (Awb) a product page is about, from its name, URL and UPL flags. */
public final class MessageTypes {
  private static final List<String> AANVRAAG =
      List.of(
          "aanvragen",
          "aanvraag",
          "vergunning",
          "ontheffing",
          "subsidie",
          "toeslag",
          "uitkering",
          "kwijtschelding",
          "vrijstelling",
          "vergoeding",
          "bijstand",
          "aanvragen",
          "ophalen",
          "verlengen",
          "omgevingsvergunning",
          "parkeervergunning",
          "tegemoetkoming");
  private static final List<String> MELDING =
      List.of(
          "melden",
          "melding",
          "doorgeven",
          "aangifte",
          "registreren",
          "inschrijven",
          "verhuizing",
          "verhuizen",
          "afmelden",
          "aanmelden");

  /**
   * Heads of Dutch compounds that name an application: evenementenvergunning,
   * gehandicaptenparkeerkaart.
   */
  private static final List<String> AANVRAAG_HEADS =
      List.of(
          "vergunning",
          "ontheffing",
          "subsidie",
          "toeslag",
          "uitkering",
          "vergoeding",
          "vrijstelling",
          "kwijtschelding",
          "tegemoetkoming",
          "bijstand",
          "parkeerkaart",
          "parkeerpas",
          "premie");

  /**
   * Heads of Dutch compounds that name a notification: wmomelding or geboorteaangifte written as
   * one word.
   */
  private static final List<String> MELDING_HEADS = List.of("melding", "aangifte", "inschrijving");

  private MessageTypes() {}

  /**
   * True when a word of the text is a compound ending in one of the heads after at least three
   * letters, so "evenementenvergunning" has the head "vergunning" while "heffing" never matches
   * "ontheffing" (no head here ends a compound in "heffing").
   */
  static boolean hasCompoundHead(String normText, List<String> heads) {
    for (String word : normText.split(" ")) {
      for (String head : heads) {
        if (word.length() >= head.length() + 3 && word.endsWith(head)) {
          return true;
        }
      }
    }
    return false;
  }

  public static List<String> of(String name, URI url, UplEntry upl) {
    String text = Text.norm(name + " " + UrlSignals.path(url).replace('/', ' ').replace('-', ' '));
    TreeSet<String> types = new TreeSet<>();
    if (Text.hasAny(text, AANVRAAG)
        || hasCompoundHead(text, AANVRAAG_HEADS)
        || (upl != null && (upl.has("Aanvraag") || upl.has("Subsidie")))) {
      types.add("aanvraag");
    }
    if (Text.hasAny(text, MELDING)
        || hasCompoundHead(text, MELDING_HEADS)
        || (upl != null && upl.has("Melding"))) {
      types.add("melding");
    }
    if (Text.hasAny(text, List.of("klacht", "klachten", "klachtenformulier"))) {
      types.add("klacht");
    }
    if (Text.hasAny(text, List.of("bezwaar", "bezwaarschrift"))) {
      types.add("bezwaar");
    }
    if (Text.hasAny(text, List.of("zienswijze", "zienswijzen", "inspraak"))) {
      types.add("zienswijze");
    }
    if (Text.hasAny(text, List.of("ingebrekestelling", "ingebreke"))) {
      types.add("ingebrekestelling");
    }
    return List.copyOf(types);
  }
}
