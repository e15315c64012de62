package nl.wmebv.crawler.detect.product;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wmebv.crawler.detect.channel.ChannelDetector;
import nl.wmebv.crawler.detect.page.Css;
import nl.wmebv.crawler.detect.page.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A site's product catalogue as its own overview pages show it: the pages an A–Z list of products
 * and services links to. Being listed there is a place in the site that product pages have (issue
 * 13's site model), so it counts as one point of evidence for the page, never as a verdict.
 */
public final class CatalogueLinks {
  private static final Pattern AZ_TITLE =
      Pattern.compile(
          "(?i)\\b(a\\s*[-–—]\\s*z|a tot z|van a tot z|producten en diensten|alle producten|productencatalogus)\\b");
  private static final int MIN_LINKS = 10;

  private CatalogueLinks() {}

  /**
   * The page's links without fragment when it is an A–Z overview of products, else an empty set.
   */
  public static Set<String> of(Document doc, Element main, String pageTitle) {
    if (!PageShape.isOverview(main) || !isAzList(main, pageTitle)) {
      return Set.of();
    }
    return main.select(Css.of("a[href]")).stream()
        .map(a -> a.absUrl("href"))
        .filter(u -> u.startsWith("http"))
        .map(ChannelDetector::withoutFragment)
        .collect(Collectors.toSet());
  }

  /**
   * Named as an A–Z list, or at least ten links whose texts start with eight or more letters in
   * order.
   */
  private static boolean isAzList(Element main, String pageTitle) {
    if (AZ_TITLE.matcher(pageTitle).find()
        || AZ_TITLE.matcher(main.select(Css.of("h1")).text()).find()) {
      return true;
    }
    var initials =
        main.select(Css.of("a[href]")).eachText().stream()
            .map(t -> Text.norm(t))
            .filter(t -> !t.isEmpty())
            .map(t -> t.substring(0, 1).toLowerCase(Locale.ROOT))
            .toList();
    if (initials.size() < MIN_LINKS || initials.stream().distinct().count() < 8) {
      return false;
    }
    int ordered = 0;
    for (int i = 1; i < initials.size(); i++) {
      ordered += initials.get(i).compareTo(initials.get(i - 1)) >= 0 ? 1 : 0;
    }
    return ordered >= 0.9 * (initials.size() - 1);
  }
}
