package nl.wmebv.crawler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wmebv.crawler.detect.channel.ChannelStatus;

/**
 * Municipal sites in five CMS styles nobody tuned the rules on (three of them query-routed), built
 * from the real product names and abstracts of four SC feeds ({@code detect/unseen/products.csv})
 * and the link wording real pages use; every page is labelled by construction. Channel targets live
 * on the municipality's own form, appointment and document hosts and on the Omgevingsloket, which
 * the test serves as what they are.
 */
final class UnseenCmsSites {
  /**
   * What a product page offers, the status a consultant would give it, and how many visits it may
   * cost.
   */
  enum Scenario {
    DIGID_FORM(ChannelStatus.DIGITAL),
    OPEN_FORM(ChannelStatus.DIGITAL),
    BROKEN_FORM(ChannelStatus.BROKEN),
    APPOINTMENT(ChannelStatus.NOT_DIGITAL),
    PDF(ChannelStatus.NOT_DIGITAL),
    PHONE(ChannelStatus.NOT_DIGITAL),
    PORTAL(ChannelStatus.DIGITAL),
    EMAIL(ChannelStatus.DIGITAL),
    SIDE_BUTTON(ChannelStatus.DIGITAL),
    INFO_ONLY(ChannelStatus.NONE);

    final ChannelStatus status;

    Scenario(ChannelStatus status) {
      this.status = status;
    }
  }

  /** One product of a site: its real name and abstract, and its channel. */
  record Product(int id, String name, String abstractText, Scenario scenario) {
    String slug() {
      return UnseenCmsSites.slug(name);
    }
  }

  /**
   * A generated site: its pages by path and query, the product pages' labels, and its chrome's
   * channels.
   */
  record Site(
      String style,
      String town,
      String contactKey,
      Map<String, String> pages,
      Map<String, Product> products,
      Function<String, String> calendar) {
    /** The page at a requested path and query, or null (404). */
    String page(String pathAndQuery) {
      String html = pages.get(pathAndQuery);
      return html != null ? html : calendar.apply(pathAndQuery);
    }

    String host(String kind) {
      return kind + "." + slug(town) + ".nl";
    }
  }

  private static final Pattern MONTH =
      Pattern.compile("(?:.*[?&]maand=|/evenementen/)(\\d{4})-(\\d{2})");

  private UnseenCmsSites() {}

  /** The five styles, in a fixed order; {@code products} per site. */
  static List<Site> all(int products) throws IOException {
    List<String[]> names = names();
    List<Site> sites = new ArrayList<>();
    String[] styles = {"legacy-php", "typo3", "wordpress", "path-cms", "iprox-like"};
    String[] towns = {"Aalstede", "Brinkwoude", "Dijkmonde", "Heuvelrade", "Veenhorst"};
    for (int s = 0; s < styles.length; s++) {
      List<Product> list = new ArrayList<>();
      for (int i = 0; i < products; i++) {
        String[] row = names.get((s * products + i) % names.size());
        list.add(
            new Product(i, row[1], row[2], Scenario.values()[(i + s) % Scenario.values().length]));
      }
      sites.add(build(styles[s], towns[s], list));
    }
    return sites;
  }

  private static Site build(String style, String town, List<Product> products) {
    UnseenStyle st = UnseenStyle.of(style, town);
    Map<String, String> pages = new LinkedHashMap<>();
    Map<String, Product> byUrl = new LinkedHashMap<>();
    Site site = new Site(style, town, st.key("contact"), pages, byUrl, url -> null);
    StringBuilder az = new StringBuilder("<ul>");
    for (Product p :
        products.stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList()) {
      az.append("<li><a href=\"")
          .append(st.productHref(p))
          .append("\">")
          .append(esc(p.name()))
          .append("</a></li>");
    }
    az.append("</ul>");
    for (Product p : products) {
      String key = st.productKey(p);
      pages.put(
          key,
          st.page(p.name(), UnseenContent.product(st, site, p), UnseenContent.sideColumn(site, p)));
      byUrl.put(key, p);
    }
    pages.put(
        st.key("home"),
        st.page(
            "Welkom in " + town,
            "<p>Welkom op de website van de gemeente "
                + town
                + ". Hier vindt u alles over wonen, werken en ondernemen.</p><p><a href=\""
                + st.href("az")
                + "\">Alle producten en diensten van A tot Z</a></p><p><a href=\""
                + st.href("nieuws")
                + "\">Nieuws</a> · <a href=\""
                + st.agendaHref(YearMonth.of(2026, 12))
                + "\">Agenda</a></p>",
            ""));
    pages.put(st.key("az"), st.page("Producten en diensten A-Z", az.toString(), ""));
    StringBuilder news = new StringBuilder("<ul>");
    for (int i = 1; i <= 6; i++) {
      String key = st.key("nieuws-" + i);
      news.append("<li><a href=\"")
          .append(st.href("nieuws-" + i))
          .append("\">")
          .append(UnseenContent.NEWS[i - 1])
          .append("</a></li>");
      pages.put(key, st.page(UnseenContent.NEWS[i - 1], UnseenContent.news(i, town), ""));
    }
    pages.put(st.key("nieuws"), st.page("Nieuws", news.append("</ul>").toString(), ""));
    pages.put(st.key("contact"), st.page("Contact", UnseenContent.contact(town), ""));
    pages.put(st.key("over"), st.page("Over de gemeente", UnseenContent.about(town), ""));
    pages.put(st.key("raad"), st.page("Gemeenteraad", UnseenContent.council(town), ""));
    if (st.sitemap()) {
      pages.put("/sitemap.xml", sitemap(pages.keySet()));
    }
    Function<String, String> calendar = url -> calendarPage(st, url);
    return new Site(style, town, st.key("contact"), pages, byUrl, calendar);
  }

  /** An endless month calendar: every month links the previous and the next, for ever. */
  private static String calendarPage(UnseenStyle st, String url) {
    Matcher m = MONTH.matcher(url);
    if (!m.matches()
        || !url.equals(
            st.agendaKey(
                YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))))) {
      return null;
    }
    YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    return st.page(
        "Agenda " + month,
        "<p>Geen activiteiten in deze maand.</p><p><a href=\""
            + st.agendaHref(month.minusMonths(1))
            + "\">Vorige maand</a> <a href=\""
            + st.agendaHref(month.plusMonths(1))
            + "\">Volgende maand</a></p>",
        "");
  }

  private static String sitemap(Iterable<String> keys) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    keys.forEach(k -> sb.append("<url><loc>BASE").append(k).append("</loc></url>"));
    return sb.append("</urlset>").toString();
  }

  /** A URL slug as Dutch CMSes make them: lower case, accents off, words joined by hyphens. */
  static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static List<String[]> names() throws IOException {
    try (InputStream in = UnseenCmsSites.class.getResourceAsStream("/detect/unseen/products.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#"))
          .map(l -> l.split(";", 3))
          .filter(f -> f.length == 3)
          .collect(Collectors.toList());
    }
  }
}
