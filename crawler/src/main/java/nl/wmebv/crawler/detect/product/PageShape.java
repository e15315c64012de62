package nl.wmebv.crawler.detect.product;

import nl.wmebv.crawler.detect.channel.FormKind;
import nl.wmebv.crawler.detect.page.Css;
import nl.wmebv.crawler.detect.page.Text;
import org.jsoup.nodes.Element;

/**
 * Shapes of main content that are not a product: lists of links, lists of dated items, bare forms.
 */
final class PageShape {
  private PageShape() {}

  /** Mostly links and few real paragraphs: a category overview or a list page. */
  static boolean isOverview(Element main) {
    int links = main.select(Css.of("a[href]")).size();
    if (links < 5) {
      return false;
    }
    int textLen = Text.clean(main.text()).length();
    int linkLen = Text.clean(String.join(" ", main.select(Css.of("a[href]")).eachText())).length();
    long paragraphs =
        main.select(Css.of("p")).stream()
            .filter(
                p ->
                    p.select(Css.of("a")).isEmpty() && Text.clean(p.text()).split(" ").length >= 12)
            .count();
    return textLen > 0 && (double) linkLen / textLen > 0.45 && paragraphs < 3;
  }

  /** Two or more items that each carry a date (time element): a news or agenda list. */
  static boolean isNewsList(Element main) {
    int dated = 0;
    for (Element item : main.select(Css.of("article, li, div"))) {
      if (item.select(Css.of("time")).size() == 1
          && item.select(Css.of("a[href]")).size() >= 1
          && item.select(Css.of("article, li")).isEmpty()) {
        dated++;
      }
    }
    return dated >= 2;
  }

  /** A page that is itself a form: many fields, little text outside the form. */
  static boolean isFormPage(Element main) {
    for (Element form : main.select(Css.of("form"))) {
      if (FormKind.isMessageForm(form) && FormKind.fieldCount(form) >= 3) {
        int outside = Text.clean(main.text()).length() - Text.clean(form.text()).length();
        return outside < 600;
      }
    }
    return false;
  }
}
