package nl.wmebv.crawler.detect;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.jsoup.Jsoup;

/**
 * A small site with chrome (menu, footer "Contactformulier", mailto:info@, phone) for one-trap
 * tests.
 */
public final class TrapSite {
  static final String HOST = "https://www.trapstad.nl";

  private TrapSite() {}

  public static String page(String title, String content) {
    return "<html><head><title>"
        + title
        + " | Gemeente Trapstad</title></head><body>"
        + "<div class='top'><a href='/'>Home</a> <a href='/producten'>Producten</a> <a href='/nieuws'>Nieuws</a>"
        + " <a href='/contact'>Contact</a><form action='/zoeken'><input name='q'><button>Zoeken</button></form></div>"
        + "<div class='midden'><h1>"
        + title
        + "</h1>"
        + content
        + "</div>"
        + "<div class='onder'><p>Vragen? Bel 14 0999 of mail <a href='mailto:info@trapstad.nl'>info@trapstad.nl</a>."
        + " Liever schriftelijk? Gebruik het <a href='/contact/formulier'>Contactformulier</a>.</p>"
        + "<p>Bezoekadres: Raadhuis, kom langs bij de balie.</p></div></body></html>";
  }

  /**
   * Analyses the page after three ordinary pages of the same site, with checks routed to the stubs.
   */
  public static PageAnalysis analyze(String path, String title, String content, StubForms stubs) {
    AnalysisConfig config =
        AnalysisConfig.defaults()
            .withChecks(stubs != null, Duration.ofMillis(1500))
            .withAllowPrivateAddresses(true);
    SiteAnalyzer analyzer =
        stubs == null
            ? new SiteAnalyzer(config)
            : new SiteAnalyzer(config, new ChannelChecker(config, stubs::route));
    String[] fillers = {"Afvalkalender", "Openingstijden", "Over Trapstad"};
    for (int i = 0; i < fillers.length; i++) {
      String url = HOST + "/info/pagina-" + i;
      analyzer.analyze(
          URI.create(url),
          Jsoup.parse(page(fillers[i], "<p>Tekst " + i + " over " + fillers[i] + ".</p>"), url),
          a -> {});
    }
    AtomicReference<PageAnalysis> result = new AtomicReference<>();
    String url = HOST + path;
    analyzer.analyze(URI.create(url), Jsoup.parse(page(title, content), url), result::set);
    analyzer.flush();
    return result.get();
  }

  /** A product text with the usual sections around the given "Aanvragen" section body. */
  public static String product(String howTo) {
    return "<h2>Wat is het?</h2><p>Dit is een product van de gemeente.</p><h2>Voorwaarden</h2><p>U woont in"
        + " Trapstad.</p><h2>Aanvragen</h2>"
        + howTo
        + "<h2>Kosten</h2><p>Het kost € 20.</p>";
  }
}
