package nl.wmebv.crawler;

import static nl.wmebv.crawler.UnseenCmsSites.esc;
import static nl.wmebv.crawler.UnseenCmsSites.slug;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The URL scheme, markup and template headings of one CMS style: legacy PHP ({@code
 * index.php?pagina=}), TYPO3 ({@code index.php?id=}), WordPress plain permalinks ({@code
 * ?page_id=}), a path CMS with a sitemap, and an IPROX-like CMS with a side column and bold
 * paragraphs for headings.
 */
record UnseenStyle(String name, String town, Map<String, String> keys, List<String> headings) {
  private static final Map<String, String> LEGACY =
      Map.of(
          "home",
          "/",
          "az",
          "/index.php?pagina=az",
          "nieuws",
          "/index.php?pagina=nieuws",
          "contact",
          "/index.php?pagina=contact",
          "over",
          "/index.php?pagina=info&id=1",
          "raad",
          "/index.php?pagina=info&id=2");
  private static final Map<String, String> TYPO3 =
      Map.of(
          "home",
          "/",
          "az",
          "/index.php?id=2",
          "nieuws",
          "/index.php?id=3",
          "contact",
          "/index.php?id=5",
          "over",
          "/index.php?id=6",
          "raad",
          "/index.php?id=7");
  private static final Map<String, String> WORDPRESS =
      Map.of(
          "home",
          "/",
          "az",
          "/?page_id=2",
          "nieuws",
          "/?page_id=3",
          "contact",
          "/?page_id=5",
          "over",
          "/?page_id=6",
          "raad",
          "/?page_id=7");
  private static final Map<String, String> PATH =
      Map.of(
          "home",
          "/",
          "az",
          "/producten-en-diensten",
          "nieuws",
          "/nieuws",
          "contact",
          "/contact",
          "over",
          "/over-de-gemeente",
          "raad",
          "/bestuur/gemeenteraad");
  private static final Map<String, String> IPROX =
      Map.of(
          "home",
          "/",
          "az",
          "/onderwerpen/producten-a-z",
          "nieuws",
          "/actueel/nieuws",
          "contact",
          "/contact",
          "over",
          "/gemeente/over-de-gemeente",
          "raad",
          "/gemeente/bestuur/gemeenteraad");

  static UnseenStyle of(String name, String town) {
    return switch (name) {
      case "legacy-php" ->
          new UnseenStyle(
              name,
              town,
              LEGACY,
              List.of("Omschrijving", "Voorwaarden", "Hoe aanvragen", "Kosten", "Meer informatie"));
      case "typo3" ->
          new UnseenStyle(
              name,
              town,
              TYPO3,
              List.of(
                  "Samenvatting",
                  "Wat moet ik doen?",
                  "Hoelang duurt het?",
                  "Wat kost het?",
                  "Goed om te weten"));
      case "wordpress" ->
          new UnseenStyle(
              name,
              town,
              WORDPRESS,
              List.of(
                  "Wat is het?",
                  "Gang van zaken",
                  "Benodigde stukken",
                  "Kosten",
                  "Goed om te weten"));
      case "path-cms" ->
          new UnseenStyle(
              name,
              town,
              PATH,
              List.of("Wat is het?", "Voorwaarden", "Aanvragen", "Kosten", "Hoe lang duurt het?"));
      case "iprox-like" ->
          new UnseenStyle(
              name,
              town,
              IPROX,
              List.of(
                  "Wat is het",
                  "Hoe werkt het",
                  "Wat heeft u nodig",
                  "Wat kost het",
                  "Bezwaar en beroep"));
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The path and query of a named page (home, az, nieuws, nieuws-N, contact, over, raad). */
  String key(String page) {
    if (page.startsWith("nieuws-")) {
      int n = Integer.parseInt(page.substring(7));
      return switch (name) {
        case "legacy-php" -> "/index.php?pagina=nieuws&id=" + n;
        case "typo3" -> "/index.php?id=4&tx_news_pi1%5Bnews%5D=" + n;
        case "wordpress" -> "/?p=" + (20 + n);
        case "path-cms" -> "/nieuws/2026/bericht-" + n;
        default -> "/actueel/nieuws/" + (1000 + n) + "/bericht-" + n;
      };
    }
    return keys.get(page);
  }

  String href(String page) {
    return hrefOf(key(page));
  }

  String productKey(UnseenCmsSites.Product p) {
    return switch (name) {
      case "legacy-php" -> "/index.php?pagina=product&id=" + (100 + p.id());
      case "typo3" -> "/index.php?id=" + (100 + p.id());
      case "wordpress" -> "/?page_id=" + (100 + p.id());
      case "path-cms" -> "/producten-en-diensten/" + slug(p.name());
      default ->
          "/onderwerpen/"
              + (p.id() % 2 == 0 ? "wonen-en-leven" : "ondernemen")
              + "/"
              + slug(p.name());
    };
  }

  String productHref(UnseenCmsSites.Product p) {
    return hrefOf(productKey(p));
  }

  String agendaKey(YearMonth month) {
    return switch (name) {
      case "legacy-php" -> "/index.php?pagina=agenda&maand=" + month;
      case "typo3" -> "/index.php?id=8&maand=" + month;
      case "wordpress" -> "/?page_id=9&maand=" + month;
      case "path-cms" -> "/agenda/evenementen/" + month;
      default -> "/agenda?maand=" + month;
    };
  }

  String agendaHref(YearMonth month) {
    return hrefOf(agendaKey(month));
  }

  boolean sitemap() {
    return name.equals("path-cms");
  }

  /** Legacy PHP links relatively ({@code index.php?...}); every style escapes its ampersands. */
  private String hrefOf(String key) {
    String href =
        name.equals("legacy-php") && key.startsWith("/index.php") ? key.substring(1) : key;
    return href.replace("&", "&amp;");
  }

  /**
   * A whole page in this style: header, main content with the title, optional side column, footer
   * chrome.
   */
  String page(String title, String main, String side) {
    String mail = "info@" + slug(town) + ".nl";
    String head =
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
            + esc(title)
            + " - Gemeente "
            + town
            + "</title></head><body>";
    String footer =
        "<p>Gemeente "
            + town
            + " · Markt 1 · Bel 14 0"
            + (town.length() * 37 % 900 + 100)
            + " · <a href=\"mailto:"
            + mail
            + "\">"
            + mail
            + "</a> · <a href=\""
            + href("contact")
            + "\">Contactformulier</a></p><p>Bezoekadres: kom langs bij de balie in het gemeentehuis.</p>";
    String nav =
        "<a href=\""
            + href("home")
            + "\">Home</a> <a href=\""
            + href("az")
            + "\">Producten A-Z</a> <a href=\""
            + href("nieuws")
            + "\">Nieuws</a> <a href=\""
            + href("contact")
            + "\">Contact</a>";
    String h1 = "<h1>" + esc(title) + "</h1>";
    return switch (name) {
      case "legacy-php" ->
          head
              + "<table width=\"100%\"><tr><td colspan=\"2\" class=\"kop\">"
              + nav
              + "</td></tr><tr><td class=\"links\">"
              + side
              + "</td><td class=\"inhoud\">"
              + h1
              + main
              + "</td></tr><tr><td colspan=\"2\" class=\"voet\">"
              + footer
              + "</td></tr></table></body></html>";
      case "typo3" ->
          head
              + "<div id=\"header\"><div id=\"menu\">"
              + nav
              + "</div></div><div id=\"wrapper\">"
              + "<div id=\"content\">"
              + h1
              + main
              + "</div><div id=\"right\">"
              + side
              + "</div></div>"
              + "<div id=\"footer\">"
              + footer
              + "</div></body></html>";
      case "wordpress" ->
          head
              + "<header class=\"site-header\"><nav class=\"main-navigation\">"
              + nav
              + "</nav></header><div class=\"site-content\"><article class=\"page\"><header class=\"entry-header\">"
              + h1
              + "</header><div class=\"entry-content\">"
              + main
              + "</div></article><div class=\"widget-area\">"
              + side
              + "</div></div><footer class=\"site-footer\">"
              + footer
              + "</footer></body></html>";
      case "path-cms" ->
          head
              + "<header><nav>"
              + nav
              + "</nav></header><main>"
              + h1
              + main
              + "</main><aside>"
              + side
              + "</aside><footer>"
              + footer
              + "</footer></body></html>";
      default ->
          head
              + "<div class=\"iprox-header\">"
              + nav
              + "</div><div class=\"grid\"><div class=\"iprox-content\">"
              + h1
              + main
              + "</div><div class=\"iprox-aside\">"
              + side
              + "</div></div><div class=\"iprox-footer\">"
              + footer
              + "</div></body></html>";
    };
  }

  /** A section heading in this style's markup. */
  String heading(String text) {
    return switch (name) {
      case "legacy-php" -> "<p><b>" + text + "</b></p>";
      case "wordpress" -> "<h3>" + text + "</h3>";
      case "iprox-like" -> "<p><strong>" + text + "</strong></p>";
      default -> "<h2>" + text + "</h2>";
    };
  }
}
