package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelDetector;
import nl.wmebv.crawler.detect.channel.ChannelType;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.crawler.detect.page.ChromeModel;
import nl.wmebv.crawler.detect.page.Outline;
import nl.wmebv.crawler.detect.product.MessageTypes;
import nl.wmebv.crawler.detect.product.UrlSignals;
import nl.wmebv.crawler.detect.text.SectionAnalyzer;
import nl.wmebv.crawler.detect.text.TemplateSection;
import org.junit.jupiter.api.Test;

/**
 * Wording of real municipal product pages that the rules missed: message types named by Dutch
 * compounds, and the section headings real templates use. Examples taken from real product pages
 * (issue 13's list).
 */
class RealWordingTest {
  private static final URI PAGE = URI.create("https://www.gemeente.nl/p/123");

  @Test
  void compoundsNameTheirMessageType() {
    assertThat(MessageTypes.of("Evenementenvergunning", PAGE, null)).containsExactly("aanvraag");
    assertThat(MessageTypes.of("Standplaatsvergunning", PAGE, null)).containsExactly("aanvraag");
    assertThat(MessageTypes.of("Gehandicaptenparkeerkaart", PAGE, null))
        .containsExactly("aanvraag");
    assertThat(MessageTypes.of("Geboorteaangifte", PAGE, null)).containsExactly("melding");
    assertThat(MessageTypes.of("Ontheffing sluitingstijd horeca", PAGE, null))
        .containsExactly("aanvraag");
    assertThat(MessageTypes.of("Afvalstoffenheffing", PAGE, null))
        .as("a tax is no application by its name")
        .isEmpty();
  }

  @Test
  void realHeadingsMapToTheTemplate() {
    SectionAnalyzer sections = new SectionAnalyzer(TemplateSection.defaults());
    assertThat(sections.match("Wat moet ik doen?")).isEqualTo(2);
    assertThat(sections.match("Gang van zaken")).isEqualTo(2);
    assertThat(sections.match("Hoe het werkt")).isEqualTo(2);
    assertThat(sections.match("Samenvatting")).isZero();
    assertThat(sections.match("Benodigde stukken")).isEqualTo(3);
    assertThat(sections.match("Hoelang duurt het?")).isEqualTo(5);
    assertThat(sections.match("Goed om te weten")).isEqualTo(7);
  }

  @Test
  void aLetterOrAFormToPrintIsReadFromTheTextAroundIt() {
    // Borsele: the reader sends a letter to the municipality; the municipality writing to the
    // reader is no channel
    assertThat(types("<p>U maakt bezwaar door een bezwaarschrift te sturen naar de gemeente.</p>"))
        .containsExactly(ChannelType.PRINT_FORM);
    assertThat(types("<p>Wij sturen u binnen twee weken een brief met ons besluit.</p>")).isEmpty();
    // Castricum: a button "als u bijstandsuitkering ontvangt (pdf)" under "Vul dan het formulier
    // ... in"
    assertThat(
            types(
                "<h2>Aanvragen</h2><p>Ontvangt u een bijstandsuitkering? Vul dan het formulier 'aanvragen als "
                    + "u een uitkering ontvangt' in.</p><p><a href=\"/fileadmin/met-uitkering.pdf\">als u bijstandsuitkering "
                    + "ontvangt (pdf, 253 KB)</a></p>"))
        .containsExactly(ChannelType.PRINT_FORM);
    assertThat(
            types(
                "<h2>Meer weten</h2><p>Lees de folder.</p><p><a href=\"/fileadmin/folder.pdf\">Folder "
                    + "bijzondere bijstand (pdf)</a></p>"))
        .as("a document without a form around it")
        .isEmpty();
  }

  @Test
  void aFeedbackWidgetInTheContentIsNoChannelButAMessageFormIs() {
    assertThat(
            types(
                "<h2>Was deze informatie nuttig?</h2><form action=\"/feedback\" method=\"post\"><label><input "
                    + "type=\"radio\" name=\"nuttig\" value=\"ja\">Ja</label><label><input type=\"radio\" name=\"nuttig\" "
                    + "value=\"nee\">Nee</label><textarea name=\"toelichting\"></textarea><button>Verstuur</button></form>"))
        .isEmpty();
    assertThat(
            types(
                "<form action=\"/feedback\" method=\"post\"><fieldset><legend>Heeft u iets aan deze "
                    + "pagina?</legend><input type=\"radio\" name=\"r\"><input type=\"radio\" name=\"r\"></fieldset>"
                    + "<button>Verzenden</button></form>"))
        .isEmpty();
    assertThat(
            types(
                "<h2>Melding doen</h2><form action=\"/melding\" method=\"post\"><label>Omschrijving <textarea "
                    + "name=\"omschrijving\"></textarea></label><label>E-mail <input name=\"email\"></label><button>Verzenden"
                    + "</button></form>"))
        .isNotEmpty();
  }

  @Test
  void anOlderTemplateMarksItsContentAndChromeByIdOrClassOnly() {
    // no <main>, <header> or <footer>: a menu of 40 links, the content in div#content, a footer
    // with the site's
    // phone number and address; one page analysed alone (no learned chrome)
    StringBuilder menu = new StringBuilder("<div id=\"header\"><ul>");
    for (int i = 0; i < 40; i++) {
      menu.append("<li><a href=\"/onderwerp-")
          .append(i)
          .append("\">Onderwerp ")
          .append(i)
          .append("</a></li>");
    }
    String html =
        "<html><head><title>Parkeervergunning | Gemeente Dalenburg</title></head><body>"
            + menu
            + "</ul></div><div class=\"wrapper\"><div id=\"content\"><h1>Parkeervergunning aanvragen</h1><p>Woont u in "
            + "het centrum? Dan vraagt u een parkeervergunning aan.</p><h2>Voorwaarden</h2><p>U woont in het centrum.</p>"
            + "<h2>Kosten</h2><p>€ 60 per jaar.</p></div></div>"
            + "<div class=\"site-footer\"><p>Bel 14 0123 of mail info@dalenburg.nl</p></div></body></html>";
    PageAnalysis a =
        new PageDetector(AnalysisConfig.defaults().withChecks(false, null), null)
            .analyze(
                URI.create("https://www.dalenburg.nl/parkeervergunning"),
                org.jsoup.Jsoup.parse(html, "https://www.dalenburg.nl/parkeervergunning"));
    assertThat(a.isProduct()).as(a.toString()).isTrue();
    assertThat(a.channels())
        .as("the footer's phone and mail are the site's, not the product's")
        .isEmpty();
  }

  @Test
  void aShareByMailButtonIsNoChannel() {
    assertThat(
            types(
                "<p>Deel deze pagina: <a href=\"mailto:?subject=Paspoort&amp;body=https://www.gemeente.nl/p/123\">"
                    + "e-mail</a></p>"))
        .isEmpty();
    assertThat(
            types(
                "<p>Mail naar <a href=\"mailto:burgerzaken@gemeente.nl?subject=Paspoort\">burgerzaken</a></p>"))
        .containsExactly(ChannelType.EMAIL);
  }

  private static java.util.List<ChannelType> types(String content) {
    org.jsoup.nodes.Document doc =
        org.jsoup.Jsoup.parse("<main><h1>Product</h1>" + content + "</main>", PAGE.toString());
    org.jsoup.nodes.Element main = doc.selectFirst("main");
    return ChannelDetector.detect(PAGE, main, Outline.of(main), ChromeModel.none()).stream()
        .map(Channel::type)
        .toList();
  }

  @Test
  void catalogueFoldersOfRealSitesArePlacesOfProducts() {
    for (String path :
        new String[] {
          "/direct-regelen/paspoort", "/aanvragen-en-regelen/afvalpas", "/gemeentewinkel/rijbewijs"
        }) {
      assertThat(
              UrlSignals.productPattern(
                  URI.create("https://www.gemeente.nl" + path),
                  AnalysisConfig.DEFAULT_PRODUCT_PATTERNS))
          .as(path)
          .isNotNull();
    }
    assertThat(
            UrlSignals.productPattern(
                URI.create("https://www.gemeente.nl/direct-regelen/"),
                AnalysisConfig.DEFAULT_PRODUCT_PATTERNS))
        .as("the overview itself")
        .isNull();
  }
}
