package nl.wmebv.crawler.detect;

import java.net.URI;
import java.util.List;
import java.util.TreeSet;

/** The formal message types (Awb) a product page is about, from its name, URL and UPL flags. */
final class MessageTypes {
  private static final List<String> AANVRAAG = List.of("aanvragen", "aanvraag", "vergunning", "ontheffing",
      "subsidie", "toeslag", "uitkering", "kwijtschelding", "vrijstelling", "vergoeding", "bijstand",
      "aanvragen", "ophalen", "verlengen", "omgevingsvergunning", "parkeervergunning", "tegemoetkoming");
  private static final List<String> MELDING = List.of("melden", "melding", "doorgeven", "aangifte",
      "registreren", "inschrijven", "verhuizing", "verhuizen", "afmelden", "aanmelden");

  private MessageTypes() {}

  static List<String> of(String name, URI url, UplEntry upl) {
    String text = Text.norm(name + " " + UrlSignals.path(url).replace('/', ' ').replace('-', ' '));
    TreeSet<String> types = new TreeSet<>();
    if (Text.hasAny(text, AANVRAAG) || (upl != null && (upl.has("Aanvraag") || upl.has("Subsidie")))) {
      types.add("aanvraag");
    }
    if (Text.hasAny(text, MELDING) || (upl != null && upl.has("Melding"))) {
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
