package nl.wmebv.crawler.detect.channel;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.wmebv.crawler.detect.page.Text;

/** Classifies one link target and text by the shapes DOMAIN.md lists; pure functions. */
final class ChannelRules {
  /** What a link is, before the login (DigiD/eHerkenning) of an e-form is decided. */
  enum Kind {
    EFORM,
    PORTAL,
    EMAIL,
    PRINT,
    APPOINTMENT,
    NOT_A_CHANNEL,
    NONE
  }

  /** A verdict with the rule that fired. */
  record Verdict(Kind kind, String rule) {}

  static final List<String> CTA =
      List.of(
          "direct aanvragen",
          "online aanvragen",
          "digitaal aanvragen",
          "online regelen",
          "direct regelen",
          "digitaal regelen",
          "vul het formulier in",
          "formulier invullen",
          "naar het formulier",
          "online formulier",
          "melding doen",
          "doe een melding",
          "maak een melding",
          "online melden",
          "direct melden",
          "meld het",
          "meld online",
          "start aanvraag",
          "aanvraag starten",
          "start uw aanvraag",
          "start de aanvraag",
          "regel het online",
          "regel het direct",
          "aanvragen met",
          "inloggen met digid",
          "log in met digid",
          "inloggen met eherkenning",
          "log in met eherkenning",
          "online doorgeven",
          "direct doorgeven");

  /**
   * Texts that are also product names in lists: a call to action only as a button or off-site link.
   */
  private static final List<String> BUTTON_CTA =
      List.of(
          "aanvragen",
          "melden",
          "doorgeven",
          "regelen",
          "aanvraag",
          "formulier",
          "naar formulier",
          "start",
          "bezwaar maken",
          "dien bezwaar in",
          "klacht indienen",
          "dien een klacht in",
          "zienswijze indienen",
          "wijziging doorgeven",
          "bezwaar indienen");

  private static final List<String> LOGIN_CTA =
      List.of(
          "inloggen met digid",
          "log in met digid",
          "inloggen met eherkenning",
          "log in met eherkenning");
  private static final List<String> GET_LOGIN =
      List.of(
          "digid aanvragen",
          "eherkenning aanvragen",
          "eherkenning regelen",
          "digid activeren",
          "meer over digid",
          "meer over eherkenning",
          "wat is digid",
          "wat is eherkenning",
          "digid app",
          "eherkenning kopen");
  private static final List<String> FORM_WORDS =
      List.of(
          "formulier",
          "aanvraagformulier",
          "meldingsformulier",
          "machtiging",
          "verklaring",
          "aanvraag",
          "melding",
          "invullen",
          "form",
          "declaratie",
          "wijzigingsformulier");
  private static final List<String> APPOINTMENT_TEXT =
      List.of(
          "maak een afspraak",
          "afspraak maken",
          "online afspraak",
          "plan een afspraak",
          "maak online een afspraak",
          "afspraak plannen");
  private static final List<String> LOKET_LABELS =
      List.of("loket", "eloket", "e-loket", "digitaalloket");
  private static final Pattern DOC = Pattern.compile(".*\\.(pdf|docx?|odt|rtf|xlsx?)$");
  private static final Pattern FORM_PATH =
      Pattern.compile(
          "^/(?:[^/]+/)*(?:form|f|webform|eformulier|e-formulier|formulier|formulieren)/[^/]+.*");

  private ChannelRules() {}

  static Verdict classify(URI target, String anchorText) {
    return classify(target, anchorText, false);
  }

  /**
   * @param buttonLike the link looks like a button (button class or role) or leaves the site
   */
  static Verdict classify(URI target, String anchorText, boolean buttonLike) {
    String text = Text.norm(anchorText);
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("mailto")) {
      // "Deel deze pagina per e-mail" (mailto:?subject=...&body=<page>): a share button has no
      // address
      String address =
          target.getRawSchemeSpecificPart() == null
              ? ""
              : target.getRawSchemeSpecificPart().split("\\?")[0];
      return address.contains("@")
          ? new Verdict(Kind.EMAIL, "mailto: link")
          : new Verdict(Kind.NOT_A_CHANNEL, "mailto: link without an address (a share button)");
    }
    if (scheme.equals("tel")) {
      return new Verdict(Kind.APPOINTMENT, "tel: link");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Verdict(Kind.NONE, null);
    }
    String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
    String path = target.getRawPath() == null ? "" : target.getRawPath().toLowerCase(Locale.ROOT);
    String query =
        target.getRawQuery() == null ? "" : target.getRawQuery().toLowerCase(Locale.ROOT);
    if (hostIs(host, "digid.nl")
        || hostIs(host, "eherkenning.nl")
        || hostIs(host, "mijnoverheid.nl")) {
      return new Verdict(Kind.NOT_A_CHANNEL, "link to get a login means (" + host + ")");
    }
    // "Inloggen met DigiD Aanvragen particulier" (De Bilt) logs in to apply; "DigiD aanvragen"
    // alone gets a DigiD
    if (Text.hasAny(text, GET_LOGIN) && !Text.hasAny(text, LOGIN_CTA)) {
      return new Verdict(Kind.NOT_A_CHANNEL, "link text about getting a login means");
    }
    if (hostIs(host, "omgevingsloket.nl") || host.equals("omgevingswet.overheid.nl")) {
      // the Omgevingsloket (at omgevingswet.overheid.nl since 2024): only its application routes
      // are the channel
      if (path.contains("vergunningcheck")
          || path.contains("/checken")
          || path.contains("/help")
          || path.contains("/regels-op-de-kaart")
          || Text.hasAny(text, List.of("vergunningcheck", "check of"))) {
        return new Verdict(
            Kind.NOT_A_CHANNEL, "Omgevingsloket check or help page, not its application route");
      }
      return new Verdict(
          Kind.PORTAL,
          "national portal "
              + (host.equals("omgevingswet.overheid.nl") ? host : "omgevingsloket.nl"));
    }
    if (Text.hasAny(text, List.of("sneltoets", "rekenhulp"))) {
      return new Verdict(Kind.NOT_A_CHANNEL, "calculator or quick check, not a form");
    }
    if (host.contains("berichtenbox")
        || path.contains("berichtenbox")
        || host.contains("mijnoverheidzakelijk")
        || Text.hasPhrase(text, "berichtenbox")) {
      return new Verdict(Kind.PORTAL, "national portal Berichtenbox voor Bedrijven");
    }
    String document =
        DOC.matcher(path).matches() ? path : DOC.matcher(query).matches() ? query : null;
    if (document != null) {
      String file =
          Text.norm(
              document
                  .substring(document.lastIndexOf('/') + 1)
                  .replace('-', ' ')
                  .replace('_', ' '));
      // "Klachtenformulier", "aanvraagformulier-kwijtschelding.pdf": Dutch compounds end in the
      // form word
      if (Text.hasAny(text, FORM_WORDS)
          || Text.hasAny(file, FORM_WORDS)
          || text.contains("formulier")
          || file.contains("formulier")) {
        return new Verdict(
            Kind.PRINT,
            "document link ("
                + document.substring(document.lastIndexOf('.'))
                + ") with form words");
      }
      return new Verdict(Kind.NONE, null);
    }
    if (host.startsWith("afspraak.")
        || host.startsWith("afspraken.")
        || host.contains("mijnafspraakmaken")
        || host.contains("qmatic")
        || host.contains("afspraakmaken")
        || path.contains("/afspraak")
        || Text.hasAny(text, APPOINTMENT_TEXT)) {
      return new Verdict(Kind.APPOINTMENT, "appointment booking link");
    }
    String shape = formShape(host, path, query);
    if (shape != null) {
      return new Verdict(Kind.EFORM, "form URL shape " + shape);
    }
    if (startsWithAny(text, CTA) || (buttonLike && startsWithAny(text, BUTTON_CTA))) {
      return new Verdict(Kind.EFORM, "button text '" + Text.clean(anchorText) + "'");
    }
    return new Verdict(Kind.NONE, null);
  }

  /** Whether the target is a document (a PDF, Word or spreadsheet file, also behind a query). */
  static boolean isDocument(URI target) {
    String path = target.getRawPath() == null ? "" : target.getRawPath().toLowerCase(Locale.ROOT);
    String query =
        target.getRawQuery() == null ? "" : target.getRawQuery().toLowerCase(Locale.ROOT);
    return DOC.matcher(path).matches() || DOC.matcher(query).matches();
  }

  /** The form-platform shape the URL has (for the evidence), or null. */
  static String formShape(String host, String path, String query) {
    if (host.startsWith("dloket.") || path.contains("/startform")) {
      return "dloket …/startform";
    }
    if (host.startsWith("iburgerzaken.") || path.contains("/gaas-web")) {
      return "iburgerzaken …/gaas-web";
    }
    if (host.startsWith("open-formulieren.")
        || host.startsWith("openformulieren.")
        || host.startsWith("formulieren.")
        || host.startsWith("eformulieren.")
        || host.startsWith("e-formulieren.")
        || host.startsWith("webformulieren.")
        || host.startsWith("formulier.")) {
      return "form platform host " + host;
    }
    if (host.startsWith("mijn.") && (path.contains("/aanvragen") || path.contains("/aanvraag"))) {
      return "mijn.…/aanvragen";
    }
    for (String platform : List.of("e-inwoner.nl", "burgerberichten.nl", "formdesk", "mozard")) {
      if (host.contains(platform)) {
        return "form platform " + platform;
      }
    }
    // a whole host label, so juridischloket.nl and regionaalenergieloket.nl (information desks) are
    // none
    for (String label : host.split("\\.")) {
      if (LOKET_LABELS.contains(label)) {
        return "form platform host " + label + ".";
      }
    }
    if (FORM_PATH.matcher(path).matches()) {
      return "form path " + path;
    }
    if (path.contains("/digid/") || path.contains("/eherkenning/") || query.contains("digid")) {
      return "login path " + path;
    }
    return null;
  }

  private static boolean hostIs(String host, String domain) {
    return host.equals(domain) || host.endsWith("." + domain);
  }

  private static boolean startsWithAny(String text, List<String> phrases) {
    for (String p : phrases) {
      if (text.equals(p) || text.startsWith(p + " ")) {
        return true;
      }
    }
    return false;
  }
}
