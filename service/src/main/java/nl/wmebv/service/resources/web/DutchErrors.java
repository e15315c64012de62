package nl.wmebv.service.resources.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared validation's messages in Dutch, for the web view. The web forms go through the same
 * validated input as the JSON API, which answers in English with field names and codes; this is the
 * one place that turns each kind of message (one shape per validation rule of JsonInput,
 * DesignationInput, ProductListParams) into a sentence a consultant reads, naming the field by its
 * Dutch form label and never listing codes.
 */
final class DutchErrors {
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("kind", "Soort kanaal"),
          Map.entry("name", "Naam"),
          Map.entry("url", "Adres"),
          Map.entry("identification", "Inloggen met"),
          Map.entry("domain", "Domein"),
          Map.entry("messageTypes", "Berichtsoorten"),
          Map.entry("products", "Producten"),
          Map.entry("productId", "Product"),
          Map.entry("version", "Versie"),
          Map.entry("active", "Actief"),
          Map.entry("clusterId", "Cluster"),
          Map.entry("cluster", "Cluster"),
          Map.entry("inScope", "Valt onder de Wmebv"),
          Map.entry("channelStatusOverride", "Kanaal volgens besluit"),
          Map.entry("channelStatus", "Kanaal"),
          Map.entry("textStatus", "Webtekst"),
          Map.entry("notes", "Notities"),
          Map.entry("ownerEmail", "Producteigenaar (e-mail)"),
          Map.entry("reviewed", "Beoordeeld"),
          Map.entry("type", "Actie"),
          Map.entry("owner", "Eigenaar"),
          Map.entry("deadline", "Deadline"),
          Map.entry("description", "Omschrijving"),
          Map.entry("status", "Status van de actie"),
          Map.entry("actionStatus", "Status van de actie"),
          Map.entry("flag", "Markering"),
          Map.entry("q", "Zoeken"),
          Map.entry("sort", "Sortering"),
          Map.entry("page", "Pagina"),
          Map.entry("size", "Aantal per pagina"),
          Map.entry("baseUrl", "Website"),
          Map.entry("extraHosts", "Andere hosts"),
          Map.entry("includePatterns", "Alleen crawlen"),
          Map.entry("excludePatterns", "Niet crawlen"),
          Map.entry("enabled", "Ingeschakeld"));

  private record Shape(Pattern pattern, Function<Matcher, String> dutch) {}

  private static final List<Shape> SHAPES =
      List.of(
          shape(
              "baseUrl must be an http\\(s\\) URL",
              m ->
                  "De website moet een webadres zijn dat begint met https://"
                      + " (of http://), zoals https://www.kampen.nl."),
          shape(
              "extraHosts: '(.*)' is not a host name.*",
              m ->
                  "‘"
                      + m.group(1)
                      + "’ is geen hostnaam: geef alleen de"
                      + " naam, zonder https:// en zonder pad, zoals werkeninkampen.nl."),
          shape(
              "(includePatterns|excludePatterns): '(.*)' is not a valid regular expression",
              m ->
                  "Het patroon ‘"
                      + m.group(2)
                      + "’ bij "
                      + quoted(m)
                      + " is geen geldige reguliere expressie."),
          shape(
              "url must be mailto: followed by an e-mail address for kind EMAIL",
              m ->
                  "Het adres van een"
                      + " e-mailkanaal moet beginnen met mailto: gevolgd door een e-mailadres, zoals mailto:info@gemeente.nl."),
          shape(
              "url must be an http\\(s\\) address with a host for kind .*",
              m -> "Het adres moet een webadres zijn" + " dat begint met https:// (of http://)."),
          shape(
              "sort must be one of .*",
              m ->
                  "Op deze manier kan de lijst niet gesorteerd worden; sorteer op naam,"
                      + " cluster, status of laatst gewijzigd."),
          shape(
              "products: product (\\d+) is listed twice",
              m -> "Product " + m.group(1) + " is twee keer gekozen."),
          shape(
              "products: product (\\d+) is not a product of this municipality",
              m -> "Product " + m.group(1) + " hoort niet bij deze gemeente."),
          shape("products: (.*)", m -> "Bij de producten: " + lower(of(m.group(1)))),
          shape("products must be a list of .*", m -> "Kies de producten in de lijst."),
          shape(
              "clusterId (\\d+) is not a cluster of this municipality",
              m -> "Dit cluster hoort niet bij deze" + " gemeente."),
          shape("reviewed can only be true .*", m -> "Beoordeeld kan alleen aangevinkt worden."),
          shape(
              "ownerEmail must be an e-mail address.*",
              m ->
                  "Bij Producteigenaar (e-mail) staat geen e-mailadres; vul een adres in zoals"
                      + " naam@gemeente.nl, of laat het veld leeg."),
          shape(
              "the request body must be a JSON object",
              m -> "Het formulier kwam niet goed aan; probeer het opnieuw."),
          shape(
              "(\\w+) is not a known field .*",
              m -> "Het formulier bevat een onbekend veld; laad de pagina opnieuw."),
          shape("(\\w+) is required and must not be blank", m -> field(m) + " moet ingevuld zijn."),
          shape("(\\w+) is required", m -> field(m) + " moet ingevuld zijn."),
          shape("(\\w+) must be a string", m -> field(m) + " moet een tekst zijn."),
          shape(
              "(\\w+) must be at most (\\d+) characters",
              m -> field(m) + " mag hoogstens " + m.group(2) + " tekens lang zijn."),
          shape(
              "(\\w+) must be one of .*",
              m -> "Kies bij " + quoted(m) + " een van de aangeboden mogelijkheden."),
          shape("(\\w+) must be true or false", m -> field(m) + " moet ja of nee zijn."),
          shape(
              "(\\w+) must be a positive whole number",
              m -> "Kies bij " + quoted(m) + " een van de aangeboden" + " mogelijkheden."),
          shape(
              "(\\w+) must be a whole number from (-?\\d+) to (\\d+)",
              m ->
                  field(m)
                      + " moet een heel getal van "
                      + m.group(2)
                      + " tot en met "
                      + m.group(3)
                      + " zijn."),
          shape(
              "(\\w+) must be a date as yyyy-mm-dd",
              m -> field(m) + " moet een datum zijn, zoals 31-12-2026."),
          shape(
              "(\\w+) must be a list of at most (\\d+) strings",
              m -> "Bij " + quoted(m) + " kunnen hoogstens " + m.group(2) + " waarden."),
          shape(
              "(\\w+) must hold non-blank strings of at most (\\d+) characters",
              m ->
                  "Elke waarde bij "
                      + quoted(m)
                      + " moet ingevuld zijn en hoogstens "
                      + m.group(2)
                      + " tekens lang."),
          shape(
              "(\\w+) must be .*, not \"(.*)\"",
              m -> field(m) + " klopt niet: “" + m.group(2) + "”."));

  private DutchErrors() {}

  private static Shape shape(String regex, Function<Matcher, String> dutch) {
    return new Shape(Pattern.compile(regex, Pattern.DOTALL), dutch);
  }

  /** Each message in Dutch. */
  static List<String> of(List<String> messages) {
    return messages.stream().map(DutchErrors::of).toList();
  }

  /**
   * One message in Dutch; one of no known shape keeps its words after a Dutch lead (shown rather
   * than lost).
   */
  static String of(String message) {
    if (message == null || message.isBlank()) {
      return "De invoer klopt niet.";
    }
    for (Shape s : SHAPES) {
      Matcher m = s.pattern().matcher(message.strip());
      if (m.matches()) {
        return s.dutch().apply(m);
      }
    }
    return "De invoer klopt niet (" + message + ").";
  }

  private static String field(Matcher m) {
    return FIELDS.getOrDefault(m.group(1), m.group(1));
  }

  private static String quoted(Matcher m) {
    return "‘" + field(m) + "’";
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
