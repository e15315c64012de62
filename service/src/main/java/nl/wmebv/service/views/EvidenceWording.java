package nl.wmebv.service.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crawler's evidence ("why this is a channel") in Dutch for the web view. The crawler writes
 * its rules in English for the API and its own tests, and another team owns those strings, so the
 * web view translates them by their known shapes here: the parts joined with "; " (rule; login
 * evidence; visit) are translated one by one.
 */
public final class EvidenceWording {
  /**
   * Shown for a part of a rule this class does not know; the original then goes into the title
   * attribute.
   */
  static final String UNKNOWN = "andere regel van de crawler";

  /**
   * The Dutch words, and the crawler's original when a part was not known (for the title
   * attribute), else null.
   */
  public record Wording(String text, String original) {}

  private record Shape(Pattern pattern, Function<Matcher, String> dutch) {}

  private static final Map<String, String> FIXED =
      Map.ofEntries(
          Map.entry("mailto: link", "link naar een e-mailadres"),
          Map.entry("tel: link", "link naar een telefoonnummer"),
          Map.entry(
              "link text about getting a login means",
              "linktekst over het aanvragen van een inlogmiddel"),
          Map.entry(
              "Omgevingsloket check or help page, not its application route",
              "check- of hulppagina van het Omgevingsloket, niet de aanvraag zelf"),
          Map.entry(
              "calculator or quick check, not a form", "rekenhulp of sneltoets, geen formulier"),
          Map.entry("appointment booking link", "link naar een afsprakensysteem"),
          Map.entry("eHerkenning in target URL", "eHerkenning in het adres van de link"),
          Map.entry("DigiD in target URL", "DigiD in het adres van de link"),
          Map.entry("no login named", "geen inlog genoemd"),
          Map.entry("form wording", "de link belooft een formulier"),
          Map.entry("written e-mail address", "e-mailadres in de tekst"),
          Map.entry("phone number in text", "telefoonnummer in de tekst"),
          Map.entry(
              "postal address in text (a letter by post)",
              "postadres in de tekst (een brief per post)"),
          Map.entry("visited: does not work", "bij bezoek: werkt niet"));
  private static final Map<String, String> WHERE =
      Map.of(
          "link", "de link",
          "text near the link", "de tekst bij de link",
          "section text", "de tekst onder het kopje");
  private static final String PLACE = "(link|text near the link|section text)";

  private static final List<Shape> SHAPES =
      List.of(
          shape(
              "link to get a login means \\((.+)\\)",
              m -> "link om een inlogmiddel te regelen (" + m.group(1) + ")"),
          shape("national portal (.+)", m -> "landelijk loket " + m.group(1)),
          shape(
              "document link \\((\\.\\w+)\\) with form words",
              m -> "link naar een document (" + m.group(1) + ") met formulierwoorden"),
          shape("form URL shape (.+)", m -> "adres van een e-formulier: " + formShape(m.group(1))),
          shape("button text '(.*)'", m -> "knoptekst ‘" + m.group(1) + "’"),
          shape(
              "'no login needed' in " + PLACE,
              m -> "‘geen inlog nodig’ in " + WHERE.get(m.group(1))),
          shape(
              "eHerkenning \\+ business words in " + PLACE,
              m -> "eHerkenning en woorden voor ondernemers in " + WHERE.get(m.group(1))),
          shape(
              "DigiD \\(and eHerkenning\\) in " + PLACE,
              m -> "DigiD (en eHerkenning) in " + WHERE.get(m.group(1))),
          shape(
              "(DigiD|eHerkenning) in " + PLACE, m -> m.group(1) + " in " + WHERE.get(m.group(2))),
          shape(
              "Open Formulieren embed data-form-id=(.*)",
              m -> "ingebouwd formulier van Open Formulieren (" + m.group(1) + ")"),
          shape("on-page form with 1 fields", m -> "formulier op de pagina met 1 veld"),
          shape(
              "on-page form with (\\d+) fields",
              m -> "formulier op de pagina met " + m.group(1) + " velden"),
          shape("visited: (.+)", m -> "bij bezoek: " + m.group(1)),
          shape("visit wording '(.*)'", m -> "tekst over langskomen: ‘" + m.group(1) + "’"),
          shape(
              "appointment wording '(.*)'", m -> "tekst over een afspraak: ‘" + m.group(1) + "’"));

  private EvidenceWording() {}

  private static Shape shape(String regex, Function<Matcher, String> dutch) {
    return new Shape(Pattern.compile(regex), dutch);
  }

  /** The rule in Dutch; null or blank reads as "no reason given". */
  public static Wording of(String rule) {
    if (rule == null || rule.isBlank()) {
      return new Wording("geen reden opgegeven", null);
    }
    List<String> parts = new ArrayList<>();
    boolean unknown = false;
    for (String part : rule.split("; ")) {
      String dutch = part(part.strip());
      unknown |= dutch == null;
      if (dutch == null && !parts.contains(UNKNOWN)) {
        parts.add(UNKNOWN);
      } else if (dutch != null) {
        parts.add(dutch);
      }
    }
    String text = String.join("; ", parts);
    return new Wording(
        Character.toUpperCase(text.charAt(0)) + text.substring(1), unknown ? rule : null);
  }

  /**
   * The Dutch name of what the crawler put as link text when a form had none ("(embedded form 12)",
   * "(form)"); empty when there is none, so the link shows its address.
   */
  public static String anchor(String text) {
    if (text == null) {
      return "";
    }
    if (text.equals("(form)")) {
      return "(formulier)";
    }
    Matcher m = Pattern.compile("\\(embedded form (.*)\\)").matcher(text);
    return m.matches() ? "(ingebouwd formulier " + m.group(1) + ")" : text;
  }

  /** One part in Dutch, or null when it has no known shape. */
  private static String part(String part) {
    String fixed = FIXED.get(part);
    if (fixed != null) {
      return fixed;
    }
    for (Shape s : SHAPES) {
      Matcher m = s.pattern().matcher(part);
      if (m.matches()) {
        return s.dutch().apply(m);
      }
    }
    // an older rule joined two reasons with " + ": known when both halves are
    int plus = part.indexOf(" + ");
    if (plus > 0) {
      String left = part(part.substring(0, plus));
      String right = part(part.substring(plus + 3));
      return left != null && right != null ? left + " en " + right : null;
    }
    return null;
  }

  /**
   * The form platform shapes of the crawler's URL rules; the URL fragments themselves stay as they
   * are.
   */
  private static String formShape(String shape) {
    if (shape.startsWith("form platform host ")) {
      return "formulierplatform " + shape.substring("form platform host ".length());
    }
    if (shape.startsWith("form platform ")) {
      return "formulierplatform " + shape.substring("form platform ".length());
    }
    if (shape.startsWith("form path ")) {
      return "het pad " + shape.substring("form path ".length());
    }
    if (shape.startsWith("login path ")) {
      return "het inlogpad " + shape.substring("login path ".length());
    }
    return shape;
  }
}
