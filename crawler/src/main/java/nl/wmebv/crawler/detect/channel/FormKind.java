package nl.wmebv.crawler.detect.channel;

import java.util.List;
import nl.wmebv.crawler.detect.page.Css;
import nl.wmebv.crawler.detect.page.Text;
import org.jsoup.nodes.Element;

/** Tells a form that sends a message from search, login, newsletter and cookie forms. */
public final class FormKind {
  private static final List<String> SEARCH_NAMES =
      List.of(
          "q",
          "query",
          "zoekterm",
          "zoeken",
          "search",
          "s",
          "keyword",
          "keywords",
          "trefwoord",
          "searchtext",
          "zoekopdracht",
          "term");

  private static final List<String> FEEDBACK =
      List.of(
          "nuttig",
          "feedback",
          "vond u wat u zocht",
          "over deze pagina",
          "van deze pagina",
          "deze informatie",
          "geholpen met deze",
          "heeft u iets aan deze");

  private FormKind() {}

  public static boolean isMessageForm(Element form) {
    if (isSearch(form) || !form.select(Css.of("input[type=password]")).isEmpty()) {
      return false;
    }
    String text = Text.norm(form.text());
    if (Text.hasAny(text, List.of("nieuwsbrief", "cookie", "cookies"))) {
      return false;
    }
    // "Was deze informatie nuttig? Ja / Nee": a site's feedback widget, often inside the main
    // content, asks about the
    // page and sends no message to the municipality; its question may stand just before the form
    Element before = form.previousElementSibling();
    String around = text + " " + Text.norm(before == null ? "" : before.text());
    if (Text.hasAny(around, FEEDBACK)) {
      return false;
    }
    return fieldCount(form) >= 1;
  }

  static boolean isSearch(Element form) {
    if (form.attr("role").equalsIgnoreCase("search")
        || !form.select(Css.of("input[type=search]")).isEmpty()) {
      return true;
    }
    String action = form.attr("action").toLowerCase();
    if (action.contains("zoek") || action.contains("search")) {
      return true;
    }
    for (Element input : form.select(Css.of("input[name]"))) {
      if (SEARCH_NAMES.contains(input.attr("name").toLowerCase())) {
        return true;
      }
    }
    String buttons =
        Text.norm(
            String.join(" ", form.select(Css.of("button, input[type=submit]")).eachText())
                + " "
                + String.join(" ", form.select(Css.of("input[type=submit]")).eachAttr("value")));
    return fieldCount(form) <= 1 && Text.hasAny(buttons, List.of("zoek", "zoeken", "search"));
  }

  /** Visible fields a person fills in. */
  public static int fieldCount(Element form) {
    int n = 0;
    for (Element f : form.select(Css.of("input, textarea, select"))) {
      String type = f.attr("type").toLowerCase();
      if (!List.of("hidden", "submit", "button", "reset", "image").contains(type)) {
        n++;
      }
    }
    return n;
  }

  static String label(Element form) {
    String submit =
        Text.clean(String.join(" ", form.select(Css.of("button, input[type=submit]")).eachText()));
    if (submit.isEmpty()) {
      submit =
          Text.clean(String.join(" ", form.select(Css.of("input[type=submit]")).eachAttr("value")));
    }
    return submit.isEmpty() ? "(form)" : submit;
  }
}
