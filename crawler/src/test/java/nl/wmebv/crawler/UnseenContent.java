package nl.wmebv.crawler;

import static nl.wmebv.crawler.UnseenCmsSites.esc;
import static nl.wmebv.crawler.UnseenCmsSites.slug;

import java.util.List;
import java.util.Locale;
import nl.wmebv.crawler.UnseenCmsSites.Product;
import nl.wmebv.crawler.UnseenCmsSites.Site;

/**
 * The main content of the unseen sites' pages: product texts with the link wording real municipal
 * pages use (issue 13 lists it: "Online indienen", "Vraag online een … aan", the product name as
 * the link text, a hidden "DigiD link" label glued to it, "Wmo meldformulier", ...), and the pages
 * that are no product.
 */
final class UnseenContent {
  static final String[] NEWS = {
    "Gemeentehuis tijdelijk eerder dicht",
    "Nieuwe bibliotheek geopend",
    "Subsidie voor zonnepanelen: aanvragen kan tot 1 maart",
    "Werkzaamheden aan de Dorpsstraat",
    "Raad stemt in met de begroting",
    "Inloopavond over het nieuwe centrumplan"
  };

  private static final List<String> DIGID =
      List.of(
          "<p>U kunt dit online regelen. Log in met DigiD.</p><p><a href=\"%s\">Online indienen</a></p>",
          "<p><a href=\"%s\">Vraag online een %s aan</a></p><p>U heeft DigiD nodig.</p>",
          "<p><a class=\"button\" href=\"%s\">Direct online regelen</a></p>",
          "<p><a href=\"%s\">Digitale aanvraag</a> (met DigiD)</p>",
          "<p><a href=\"%s\"><span class=\"visually-hidden\">DigiD link</span>%s</a></p>",
          "<p><a class=\"btn\" href=\"%s\"><span class=\"sr-only\">Logo DigiD</span>%s</a></p>",
          "<p>Inloggen kan met DigiD, met DigiD Machtigen of met eIDAS.</p><p><a href=\"%s\">Start uw aanvraag</a></p>");
  private static final List<String> OPEN =
      List.of(
          "<p>Vul het <a href=\"%s\">webformulier</a> in.</p>",
          "<p><a href=\"%s\">Wmo meldformulier</a></p><p>Wij nemen binnen 5 werkdagen contact met u op.</p>",
          "<p>Doe een melding via ons <a href=\"%s\">meldformulier</a>.</p>",
          "<p>Stel uw vraag via het <a href=\"%s\">hulpvraagformulier</a>.</p>",
          "<p><a href=\"%s\">Online indienen</a></p>");
  private static final List<String> APPOINTMENT =
      List.of(
          "<p>U vraagt dit aan in het gemeentehuis. <a href=\"%s\">Maak een afspraak</a>.</p>",
          "<p><a href=\"%s\">Afspraak aanvragen</a></p><p>Neem uw identiteitsbewijs mee.</p>",
          "<p>Kom langs op afspraak. <a href=\"%s\">Plan een afspraak</a> in.</p>");

  private UnseenContent() {}

  /** Where a product's channel link points, or null when it has none. */
  static String target(Site site, Product p) {
    return switch (p.scenario()) {
      case DIGID_FORM, SIDE_BUTTON -> "https://" + site.host("loket") + "/aanvraag/" + p.slug();
      case OPEN_FORM -> "https://" + site.host("formulieren") + "/" + p.slug();
      case BROKEN_FORM ->
          p.id() % 2 == 0
              ? "https://" + site.host("loket") + "/aanvraag/" + p.slug()
              : "https://" + site.host("formulieren") + "/" + p.slug();
      case APPOINTMENT -> "https://" + site.host("afspraken") + "/?product=" + p.slug();
      case PDF -> "https://" + site.host("documenten") + "/formulieren/" + p.slug() + ".pdf";
      case PORTAL -> "https://omgevingswet.overheid.nl/aanvragen/";
      default -> null;
    };
  }

  /**
   * A product page's main content: the abstract, the style's template headings, the channel
   * section.
   */
  static String product(UnseenStyle st, Site site, Product p) {
    List<String> h = st.headings();
    return "<p class=\"intro\">"
        + esc(p.abstractText())
        + "</p>"
        + st.heading(h.get(0))
        + "<p>"
        + esc(p.abstractText())
        + " Dit regelt u bij de gemeente "
        + site.town()
        + ".</p>"
        + st.heading(h.get(1))
        + how(site, p)
        + st.heading(h.get(2))
        + "<p>Houd uw gegevens bij de hand. Soms vragen wij om aanvullende stukken.</p>"
        + st.heading(h.get(3))
        + "<p>De kosten staan in de legesverordening van "
        + site.town()
        + ".</p>"
        + st.heading(h.get(4))
        + "<p>Wij beslissen binnen 8 weken. Bent u het niet eens met het besluit? "
        + "Dan kunt u bezwaar maken.</p>";
  }

  private static String how(Site site, Product p) {
    String t = target(site, p);
    String name = esc(p.name());
    String lower = esc(p.name().toLowerCase(Locale.ROOT));
    return switch (p.scenario()) {
      case DIGID_FORM ->
          fill(DIGID.get(p.id() % DIGID.size()), t, p.id() % DIGID.size() == 1 ? lower : name);
      case BROKEN_FORM ->
          p.id() % 2 == 0
              ? fill(DIGID.get(p.id() % DIGID.size()), t, name)
              : fill(OPEN.get(p.id() % OPEN.size()), t, name);
      case OPEN_FORM -> fill(OPEN.get(p.id() % OPEN.size()), t, name);
      case APPOINTMENT -> fill(APPOINTMENT.get(p.id() % APPOINTMENT.size()), t, name);
      case PDF ->
          "<p>Download het <a href=\""
              + t
              + "\">aanvraagformulier (PDF, 96 kB)</a>, vul het in en stuur "
              + "het naar Postbus 10, "
              + site.town()
              + ".</p>";
      case PHONE ->
          "<p>Bel ons op 14 0"
              + (100 + p.id())
              + " of kom langs bij de balie in het gemeentehuis.</p>";
      case PORTAL ->
          "<p>Doe eerst de <a href=\"https://omgevingswet.overheid.nl/checken/nieuw/\">Vergunningcheck"
              + "</a>.</p><p><a href=\""
              + t
              + "\">Vraag de vergunning aan via het Omgevingsloket</a>.</p>";
      case EMAIL ->
          "<p>Stuur uw verzoek met een toelichting per e-mail naar <a href=\"mailto:"
              + p.slug()
              + "@"
              + slug(site.town())
              + ".nl\">"
              + p.slug()
              + "@"
              + slug(site.town())
              + ".nl</a>.</p>";
      case SIDE_BUTTON -> "<p>U regelt dit online met DigiD: gebruik de knop op deze pagina.</p>";
      case INFO_ONLY ->
          "<p>Meer informatie vindt u op de website van de <a href=\"https://www.rijksoverheid.nl/"
              + "onderwerpen\">Rijksoverheid</a>.</p>";
    };
  }

  /**
   * The first {@code %s} of a wording is the target; the second, where there is one, the product's
   * name.
   */
  private static String fill(String pattern, String target, String name) {
    return String.format(pattern, target, name);
  }

  /**
   * The side column: a DigiD button for the product whose channel stands there, a help box on every
   * page.
   */
  static String sideColumn(Site site, Product p) {
    String help =
        "<div class=\"box\"><p>Vragen? <a href=\"mailto:info@"
            + slug(site.town())
            + ".nl\">Mail ons</a>"
            + "</p></div>";
    return p.scenario() == UnseenCmsSites.Scenario.SIDE_BUTTON
        ? "<div class=\"box\"><p><strong>Direct regelen"
            + "</strong></p><p>Log in met DigiD.</p><p><a class=\"button\" href=\""
            + target(site, p)
            + "\">Direct aanvragen</a></p></div>"
            + help
        : help;
  }

  /**
   * A news item; the third links the form it announces (a news item is no product page for that).
   */
  static String news(int i, String town) {
    String text =
        i == 3
            ? "<p>Inwoners van "
                + town
                + " die zonnepanelen laten plaatsen, kunnen tot 1 maart een "
                + "bijdrage krijgen. <a href=\"https://loket."
                + slug(town)
                + ".nl/aanvraag/subsidie-zonnepanelen\">Vraag de "
                + "subsidie aan</a> met DigiD.</p>"
            : "<p>Het college van " + town + " meldt dit bericht op " + (i + 2) + " december.</p>";
    return "<p class=\"datum\">Geplaatst op " + (i + 2) + " december 2026</p>" + text;
  }

  static String contact(String town) {
    return "<p>U kunt ons bellen, mailen of dit formulier invullen.</p><form action=\"/contact/verzenden\" "
        + "method=\"post\"><label>Naam <input name=\"naam\"></label><label>E-mail <input name=\"email\"></label>"
        + "<label>Uw vraag <textarea name=\"vraag\"></textarea></label><button>Versturen</button></form>"
        + "<p>Het gemeentehuis van "
        + town
        + " is open van maandag tot en met vrijdag.</p>";
  }

  static String about(String town) {
    return "<p>"
        + town
        + " telt 24.000 inwoners in vijf kernen.</p><p>De gemeente werkt samen in de regio.</p>";
  }

  static String council(String town) {
    return "<p>De gemeenteraad van " + town + " heeft 21 zetels. De raad vergadert elke maand.</p>";
  }
}
