package nl.wmebv.crawler.detect.page;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A site's chrome learned from its own pages: block fingerprints (tag + text + link targets) and
 * links (target + text) that recur on most observed pages. Learned once from the warm-up pages,
 * then immutable. No CSS class or id is used, so the rule works on any CMS, also on sites without
 * semantic tags.
 */
public final class ChromeModel {
  public static final Set<String> BLOCK_TAGS =
      Set.of(
          "header",
          "nav",
          "footer",
          "aside",
          "div",
          "section",
          "article",
          "ul",
          "ol",
          "dl",
          "table",
          "tbody",
          "thead",
          "tr",
          "td",
          "th",
          "p",
          "form",
          "address",
          "figure",
          "center",
          "font",
          "li",
          "dd",
          "dt",
          "blockquote",
          "span");

  private static final java.util.regex.Pattern TITLE_SEPARATOR =
      java.util.regex.Pattern.compile("\\s+[|\\-–—:·]\\s+|:\\s+");

  private final int pages;
  private final Set<Long> blocks;
  private final Set<String> links;
  private final Set<String> titleParts;

  private ChromeModel(int pages, Set<Long> blocks, Set<String> links, Set<String> titleParts) {
    this.pages = pages;
    this.blocks = blocks;
    this.links = links;
    this.titleParts = titleParts;
  }

  /** A model that knows no chrome (too few pages): main content falls back to semantic tags. */
  public static ChromeModel none() {
    return new ChromeModel(0, Set.of(), Set.of(), Set.of());
  }

  /**
   * Learns from the given pages; with fewer than minPages pages nothing is learned. Chrome is what
   * recurs on {@code share} of all pages, and also a block with links that recurs on {@code share}
   * of the pages of one template (the pages sharing three or more headings, as product pages do):
   * the "Vragen? Mail ons" box of every product page is chrome even where product pages are fewer
   * than {@code share} of the pages seen.
   */
  public static ChromeModel learn(Collection<Document> docs, double share, int minPages) {
    if (docs.size() < minPages) {
      return new ChromeModel(docs.size(), Set.of(), Set.of(), Set.of());
    }
    Map<String, Integer> titleCounts = new HashMap<>();
    List<Observed> observed = new java.util.ArrayList<>();
    for (Document doc : docs) {
      new HashSet<>(titleParts(doc.title())).forEach(t -> titleCounts.merge(t, 1, Integer::sum));
      observed.add(Observed.of(doc));
    }
    int threshold = threshold(share, docs.size(), minPages);
    Set<Long> blocks = recurring(observed, o -> o.blocks, threshold);
    List<Observed> template = templatePages(observed, minPages);
    if (template.size() >= minPages) {
      Set<Long> templateBlocks =
          recurring(template, o -> o.activeBlocks, threshold(share, template.size(), minPages));
      blocks = new HashSet<>(blocks);
      blocks.addAll(templateBlocks);
    }
    Set<String> links = recurring(observed, o -> o.links, threshold);
    Set<String> titles = new HashSet<>();
    titleCounts.forEach(
        (t, n) -> {
          if (n >= threshold) {
            titles.add(t);
          }
        });
    return new ChromeModel(docs.size(), Set.copyOf(blocks), Set.copyOf(links), Set.copyOf(titles));
  }

  /**
   * What one page contributes to the model: its block fingerprints, those with links, links and
   * headings.
   */
  private record Observed(
      Set<Long> blocks, Set<Long> activeBlocks, Set<String> links, Set<String> headings) {
    static Observed of(Document doc) {
      Set<Long> blocks = new HashSet<>();
      Set<Long> active = new HashSet<>();
      Set<String> links = new HashSet<>();
      Set<String> headings = new HashSet<>();
      for (Element e : doc.body().getAllElements()) {
        if (Outline.headingLevel(e) > 1) {
          headings.add(Text.norm(e.text()));
        }
        if (e != doc.body() && BLOCK_TAGS.contains(e.normalName())) {
          long fp = fingerprint(e);
          if (fp != 0) {
            blocks.add(fp);
            if (!e.select(Css.of("a[href], form, iframe, button")).isEmpty()) {
              active.add(fp);
            }
          }
        } else if (e.normalName().equals("a") && e.hasAttr("href")) {
          links.add(linkKey(e));
        }
      }
      return new Observed(blocks, active, links, headings);
    }
  }

  private static int threshold(double share, int pages, int minPages) {
    return Math.max(minPages, (int) Math.ceil(share * pages));
  }

  private static <T> Set<T> recurring(
      List<Observed> pages, java.util.function.Function<Observed, Set<T>> part, int threshold) {
    Map<T, Integer> counts = new HashMap<>();
    pages.forEach(o -> part.apply(o).forEach(k -> counts.merge(k, 1, Integer::sum)));
    Set<T> out = new HashSet<>();
    counts.forEach(
        (k, n) -> {
          if (n >= threshold) {
            out.add(k);
          }
        });
    return out;
  }

  /**
   * The pages with three or more of the headings that recur on at least minPages pages: one
   * template's pages.
   */
  private static List<Observed> templatePages(List<Observed> pages, int minPages) {
    Map<String, Integer> counts = new HashMap<>();
    pages.forEach(o -> o.headings.forEach(h -> counts.merge(h, 1, Integer::sum)));
    return pages.stream()
        .filter(o -> o.headings.stream().filter(h -> counts.get(h) >= minPages).count() >= 3)
        .toList();
  }

  public boolean learned() {
    return !blocks.isEmpty() || !links.isEmpty();
  }

  int pages() {
    return pages;
  }

  /**
   * The page's own title: the title without the parts that recur on most pages (the site name,
   * "Gemeente X"); without a learned model, the parts that do not name a municipality.
   */
  public String pageTitle(Document doc) {
    List<String> parts = new java.util.ArrayList<>();
    for (String part : TITLE_SEPARATOR.split(Text.clean(doc.title()))) {
      String n = Text.norm(part);
      boolean site =
          titleParts.isEmpty()
              ? n.startsWith("gemeente ") || n.equals("home")
              : titleParts.contains(n);
      if (!site && !n.isEmpty()) {
        parts.add(part.trim());
      }
    }
    return parts.isEmpty() ? Text.clean(doc.title()) : String.join(" - ", parts);
  }

  private static List<String> titleParts(String title) {
    return java.util.Arrays.stream(TITLE_SEPARATOR.split(Text.clean(title)))
        .map(Text::norm)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** True when this link (target + text) recurs on most pages: it belongs to the chrome. */
  public boolean isChromeLink(Element a) {
    return links.contains(linkKey(a));
  }

  /**
   * The page's main content as an element of a copy of the document (the original stays untouched):
   * the &lt;main&gt; (or role=main, or a single article) when present, else the body, with
   * navigation, scripts and learned chrome blocks removed; without a learned model
   * header/footer/aside go instead.
   */
  public Element mainContent(Document original) {
    Document doc = original.clone();
    Element root = pickRoot(doc);
    root.select(
            Css.of(
                "script, style, noscript, template, nav, [role=navigation], [hidden], [aria-hidden=true]"))
        .remove();
    if (learned()) {
      removeChrome(root);
    } else if (root == doc.body()) {
      root.select(
              Css.of(
                  "header, footer, aside, [role=banner], [role=contentinfo], [role=complementary]"))
          .remove();
      root.select(Css.of(CHROME_NAMES)).remove();
    }
    return root;
  }

  /**
   * The page's side columns outside its main content, on a copy, with the learned chrome removed:
   * &lt;aside&gt; and role=complementary, and the blocks beside the main content (the siblings of
   * it and of its parents that are no header, footer or navigation, as a WordPress widget area is);
   * empty when the main content is the body (the side columns are in it already). Real sites put a
   * product's "Direct regelen" button there.
   */
  public List<Element> sideColumns(Document original) {
    Document doc = original.clone();
    Element root = pickRoot(doc);
    if (root == doc.body()) {
      return List.of();
    }
    List<Element> sides = new java.util.ArrayList<>();
    for (Element side : candidatesBeside(doc, root)) {
      if (sides.stream().noneMatch(other -> other == side || side.parents().contains(other))) {
        side.select(Css.of("script, style, nav, [hidden], [aria-hidden=true]")).remove();
        if (learned()) {
          removeChrome(side);
        }
        sides.add(side);
      }
    }
    return sides;
  }

  private static List<Element> candidatesBeside(Document doc, Element root) {
    List<Element> found = new java.util.ArrayList<>();
    for (Element side : doc.select(Css.of("aside, [role=complementary]"))) {
      if (side.parents().stream().noneMatch(p -> p == root)
          && side.parents().stream().noneMatch(ChromeModel::frame)) {
        found.add(side);
      }
    }
    for (Element inner = root;
        inner.parent() != null && inner != doc.body();
        inner = inner.parent()) {
      for (Element sibling : inner.siblingElements()) {
        if (!frame(sibling)
            && BLOCK_TAGS.contains(sibling.normalName())
            && !sibling.text().isBlank()
            && sibling
                .select(Css.of("header, footer, nav, [role=banner], [role=contentinfo]"))
                .isEmpty()) {
          found.add(sibling);
        }
      }
    }
    return found;
  }

  /** The page's frame: header, footer and navigation, by tag or role. */
  private static boolean frame(Element e) {
    String tag = e.normalName();
    String role = e.attr("role");
    return tag.equals("header")
        || tag.equals("footer")
        || tag.equals("nav")
        || role.equals("banner")
        || role.equals("contentinfo")
        || role.equals("navigation");
  }

  private static Element pickRoot(Document doc) {
    List<Element> mains = doc.select(Css.of("main, [role=main]"));
    if (!mains.isEmpty()) {
      return mains.get(0);
    }
    List<Element> articles = doc.select(Css.of("article"));
    if (articles.size() == 1) {
      return articles.get(0);
    }
    Element container = contentContainer(doc);
    return container != null ? container : doc.body();
  }

  /**
   * Older CMS templates mark their content with a div, not &lt;main&gt;: the first element named
   * "content", "main", "inhoud" (and the like) by its id or class that holds the page's h1, or, on
   * a page without an h1, the one with the most text. Null when there is none.
   */
  private static Element contentContainer(Document doc) {
    List<Element> named = doc.body() == null ? List.of() : doc.body().select(Css.of(CONTENT_NAMES));
    if (named.isEmpty()) {
      return null;
    }
    Element h1 = doc.body().selectFirst(Css.of("h1"));
    if (h1 != null) {
      return named.stream()
          .filter(e -> h1.parents().contains(e))
          .reduce((outer, inner) -> inner)
          .orElse(null);
    }
    return named.stream()
        .max(java.util.Comparator.comparingInt(e -> e.text().length()))
        .orElse(null);
  }

  /** Header, footer and menus that older templates mark by id or class only. */
  private static final String CHROME_NAMES =
      "[id~=(?i)^(site-?)?(header|footer|menu|navigation|nav|breadcrumbs?"
          + "|cookie-?[a-z]*|skip-?links?)$], [class~=(?i)(^| )(site-?)?(header|footer|menu|navigation|breadcrumbs?"
          + "|cookie-?banner|skip-?links?)( |$)]";

  private static final String CONTENT_NAMES =
      "[id~=(?i)^(content|main|main-?content|page-?content|inhoud"
          + "|hoofdinhoud|content-?main|site-?content|primary)$], [class~=(?i)(^| )(content|main|main-?content"
          + "|page-?content|inhoud|hoofdinhoud|content-?main|site-?content)( |$)]";

  private void removeChrome(Element parent) {
    for (Element child : List.copyOf(parent.children())) {
      if (BLOCK_TAGS.contains(child.normalName())
          && blocks.contains(fingerprint(child))
          && removable(child)) {
        child.remove();
      } else {
        removeChrome(child);
      }
    }
  }

  /**
   * A recurring block without links that holds a (pseudo) heading is a template heading, not
   * chrome.
   */
  private static boolean removable(Element e) {
    boolean active = !e.select(Css.of("a[href], form, iframe, button")).isEmpty();
    return active
        || (e.select(Css.of("h1, h2, h3, h4, h5, h6")).isEmpty() && !Outline.isPseudoHeading(e));
  }

  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

  /**
   * Tag + normalized text (digits folded, so dates do not matter) + link targets; 0 for empty
   * blocks.
   */
  static long fingerprint(Element e) {
    String text = DIGITS.matcher(Text.norm(e.text())).replaceAll("#");
    StringBuilder sb = new StringBuilder(e.normalName()).append('\u0001').append(text);
    for (Element a : e.select(Css.of("a[href], form[action], iframe[src]"))) {
      sb.append('\u0001').append(target(a));
    }
    if (text.isEmpty() && sb.length() == e.normalName().length() + 1) {
      return 0;
    }
    return Text.hash64(sb);
  }

  static String linkKey(Element a) {
    return target(a) + "\u0001" + Text.norm(a.text());
  }

  private static String target(Element e) {
    String attr = e.hasAttr("href") ? "href" : e.hasAttr("action") ? "action" : "src";
    String raw = e.attr(attr).trim();
    if (raw.startsWith("#")) {
      return raw;
    }
    String abs = e.absUrl(attr);
    String t = abs.isEmpty() ? raw : abs;
    int hash = t.indexOf('#');
    return hash >= 0 ? t.substring(0, hash) : t;
  }
}
