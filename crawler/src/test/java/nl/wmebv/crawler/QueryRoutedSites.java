package nl.wmebv.crawler;

import static nl.wmebv.crawler.GeneratedSite.page;
import static nl.wmebv.crawler.GeneratedSite.productText;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Three generated query-routed municipal sites: legacy PHP, TYPO3 and WordPress with plain
 * permalinks.
 */
final class QueryRoutedSites {
  private static final List<String> NAMES =
      List.of(
          "Paspoort aanvragen",
          "Verhuizing doorgeven",
          "Omgevingsvergunning",
          "Bijzondere bijstand",
          "Melding openbare ruimte",
          "Bezwaar maken",
          "Kwijtschelding gemeentelijke belastingen",
          "Evenementenvergunning",
          "Standplaatsvergunning",
          "Hondenbelasting",
          "Gehandicaptenparkeerkaart",
          "Rijbewijs verlengen",
          "Uittreksel BRP",
          "Identiteitskaart aanvragen",
          "Parkeervergunning bewoners",
          "Huwelijk of partnerschap",
          "Naturalisatie",
          "Afvalpas aanvragen",
          "Kapvergunning",
          "Ontheffing sluitingstijd horeca");

  private QueryRoutedSites() {}

  /** The name of product {@code n}: real product names, numbered past the first round. */
  static String name(int n) {
    String base = NAMES.get(n % NAMES.size());
    return n < NAMES.size() ? base : base + " " + (n / NAMES.size() + 1);
  }

  /** Query parameters in the order they were written. */
  static Map<String, String> query(String pathAndQuery) {
    String q = URI.create("http://x" + pathAndQuery).getRawQuery();
    Map<String, String> params = new LinkedHashMap<>();
    if (q != null) {
      for (String part : q.split("&")) {
        int eq = part.indexOf('=');
        params.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? "" : part.substring(eq + 1));
      }
    }
    return params;
  }

  static String path(String pathAndQuery) {
    return URI.create("http://x" + pathAndQuery).getRawPath();
  }

  private static String links(IntStream ids, Function<Integer, String> href) {
    return "<ul>"
        + ids.mapToObj(i -> "<li><a href=\"" + href.apply(i) + "\">" + name(i) + "</a></li>")
            .collect(Collectors.joining())
        + "</ul>";
  }

  /**
   * Legacy PHP: everything through {@code /index.php?pagina=...}; {@code /} and {@code /index.php}
   * serve the same front page; the A-Z overview and the products link with relative query links
   * ({@code ?pagina=...}).
   */
  static Function<String, String> legacyPhp(int products) {
    String front =
        page(
            "Welkom",
            "/index.php",
            "/index.php?pagina=az",
            "<p>Welkom bij de gemeente.</p>" + "<a href=\"/index.php?pagina=nieuws\">Nieuws</a>");
    return url -> {
      Map<String, String> q = query(url);
      if (!path(url).equals("/index.php")) {
        return path(url).equals("/") && q.isEmpty() ? front : null;
      }
      String pagina = q.get("pagina");
      if (pagina == null) {
        return q.isEmpty() ? front : null;
      }
      return switch (pagina) {
        case "az" ->
            q.containsKey("letter")
                ? azLetter(q.get("letter"), products)
                : page(
                    "Producten A-Z",
                    "/index.php",
                    "?pagina=az",
                    IntStream.rangeClosed('A', 'Z')
                        .mapToObj(
                            c ->
                                "<a href=\"?pagina=az&amp;letter="
                                    + (char) c
                                    + "\">"
                                    + (char) c
                                    + "</a>")
                        .collect(Collectors.joining(" ")));
        case "product" -> {
          int id = Integer.parseInt(q.getOrDefault("id", "-1"));
          yield id < 0 || id >= products
              ? null
              : page(
                  name(id),
                  "/index.php",
                  "?pagina=az",
                  productText(name(id))
                      + "<p>Zie ook <a href=\"?pagina=product&amp;id="
                      + (id + 1) % products
                      + "\">"
                      + name((id + 1) % products)
                      + "</a></p>");
        }
        case "nieuws" ->
            page("Nieuws", "/index.php", "?pagina=az", "<p>Het gemeentehuis is verbouwd.</p>");
        default -> null;
      };
    };
  }

  private static String azLetter(String letter, int products) {
    return page(
        "Producten met de " + letter,
        "/index.php",
        "?pagina=az",
        links(
            IntStream.range(0, products).filter(i -> name(i).startsWith(letter)),
            i -> "index.php?pagina=product&amp;id=" + i));
  }

  /**
   * TYPO3: pages at {@code /index.php?id=N}; {@code /} is the front page, {@code id=2} the A-Z
   * list.
   */
  static Function<String, String> typo3(int products) {
    return url -> {
      Map<String, String> q = query(url);
      if (path(url).equals("/") && q.isEmpty()) {
        return page(
            "Welkom",
            "/",
            "/index.php?id=2",
            "<p>Welkom in Proefstad.</p>" + "<a href=\"/index.php?id=3\">Nieuws</a>");
      }
      if (!path(url).equals("/index.php") || !q.containsKey("id") || q.size() > 2) {
        return null;
      }
      int id = Integer.parseInt(q.get("id"));
      String news = q.get("tx_news_pi1%5Bnews%5D");
      if (id == 2 && q.size() == 1) {
        return page(
            "Producten A-Z",
            "/",
            "/index.php?id=2",
            links(IntStream.range(100, 100 + products), i -> "/index.php?id=" + i));
      }
      if (id == 3 && q.size() == 1) {
        return page(
            "Nieuws",
            "/",
            "/index.php?id=2",
            links(
                IntStream.rangeClosed(1, 5),
                i -> "/index.php?id=4&amp;tx_news_pi1%5Bnews%5D=" + i));
      }
      if (id == 4 && news != null) {
        return page(
            "Nieuwsbericht " + news, "/", "/index.php?id=2", "<p>Bericht " + news + ".</p>");
      }
      return id >= 100 && id < 100 + products && q.size() == 1
          ? page(name(id - 100), "/", "/index.php?id=2", productText(name(id - 100)))
          : null;
    };
  }

  /**
   * WordPress with plain permalinks: {@code /?page_id=N} pages and {@code /?p=N} posts on the front
   * page's path.
   */
  static Function<String, String> wordPress(int products) {
    return url -> {
      Map<String, String> q = query(url);
      if (!path(url).equals("/")) {
        return null;
      }
      if (q.isEmpty()) {
        return page(
            "Gemeente Proefstad",
            "/",
            "/?page_id=2",
            "<p>Laatste bericht: <a href=\"/?p=10\">" + "Nieuwe bibliotheek</a></p>");
      }
      if (q.containsKey("p") && q.size() == 1) {
        return q.get("p").equals("10")
            ? page("Nieuwe bibliotheek", "/", "/?page_id=2", "<p>Open.</p>")
            : null;
      }
      int id = q.size() == 1 && q.containsKey("page_id") ? Integer.parseInt(q.get("page_id")) : -1;
      if (id == 2) {
        return page(
            "Producten A-Z",
            "/",
            "/?page_id=2",
            links(IntStream.range(100, 100 + products), i -> "/?page_id=" + i));
      }
      return id >= 100 && id < 100 + products
          ? page(name(id - 100), "/", "/?page_id=2", productText(name(id - 100)))
          : null;
    };
  }
}
