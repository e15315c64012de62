package nl.wmebv.crawler.detect.page;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The main content cut into parts by its headings (h1-h6 and strong-only pseudo headings). */
public final class Outline {
  /** One part: its heading (null before the first heading), level (1-6, 7 for pseudo) and text. */
  public record Part(String heading, int level, String text) {}

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private final List<Part> parts;
  private final Map<Element, Integer> partOf;

  private Outline(List<Part> parts, Map<Element, Integer> partOf) {
    this.parts = parts;
    this.partOf = partOf;
  }

  public static Outline of(Element main) {
    List<String> headings = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    headings.add(null);
    levels.add(0);
    texts.add(new StringBuilder());
    Map<Element, Integer> partOf = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              int level = headingLevel(e);
              if (level > 0 && !insideHeading(e)) {
                headings.add(Text.clean(e.text()));
                levels.add(level);
                texts.add(new StringBuilder());
              }
              partOf.put(e, headings.size() - 1);
            } else if (node instanceof TextNode t) {
              texts.get(texts.size() - 1).append(t.text()).append(' ');
            }
          }

          @Override
          public void tail(Node node, int depth) {}
        },
        main);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      parts.add(new Part(headings.get(i), levels.get(i), Text.clean(texts.get(i).toString())));
    }
    return new Outline(List.copyOf(parts), partOf);
  }

  public List<Part> parts() {
    return parts;
  }

  /** The heading the element stood under, or null. */
  public String headingOf(Element e) {
    Integer i = partOf.get(e);
    return i == null ? null : parts.get(i).heading();
  }

  /** The text of the part the element stood in (heading to next heading). */
  public String partText(Element e) {
    Integer i = partOf.get(e);
    return i == null ? "" : parts.get(i).text();
  }

  /** 1-6 for h1-h6, 7 for a pseudo heading, 0 otherwise. */
  static int headingLevel(Element e) {
    if (HEADINGS.contains(e.normalName())) {
      return e.normalName().charAt(1) - '0';
    }
    return isPseudoHeading(e) ? 7 : 0;
  }

  /** A paragraph (or div) whose only content is one short strong/b text: a heading in disguise. */
  public static boolean isPseudoHeading(Element e) {
    if (!e.normalName().equals("p") && !e.normalName().equals("div")) {
      return false;
    }
    if (e.children().size() != 1 || !e.ownText().isBlank()) {
      return false;
    }
    Element only = e.child(0);
    String tag = only.normalName();
    String text = Text.clean(only.text());
    return (tag.equals("strong") || tag.equals("b"))
        && only.children().isEmpty()
        && !text.isEmpty()
        && text.length() <= 80
        && !text.endsWith(".");
  }

  private static boolean insideHeading(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (HEADINGS.contains(p.normalName())) {
        return true;
      }
    }
    return false;
  }
}
