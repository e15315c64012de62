package nl.wmebv.crawler.detect.channel;

import java.util.List;
import nl.wmebv.crawler.detect.page.ChromeModel;
import nl.wmebv.crawler.detect.page.Css;
import nl.wmebv.crawler.detect.page.Text;
import org.jsoup.nodes.Element;

/** Decides whether an e-form asks for DigiD, eHerkenning or no login, from the nearest evidence. */
final class LoginContext {
  private static final List<String> NO_LOGIN =
      List.of(
          "geen digid nodig",
          "zonder digid",
          "digid is niet nodig",
          "hoeft u niet in te loggen",
          "zonder in te loggen",
          "niet inloggen",
          "geen eherkenning nodig",
          "zonder eherkenning");

  /** The decided type and the evidence. */
  record Login(ChannelType type, String evidence) {}

  private LoginContext() {}

  /**
   * Looks at the target URL, then the link itself (text, title, aria-label, image alt), then its
   * enclosing block, then its section; the first level that names DigiD or eHerkenning decides.
   */
  static Login decide(String target, Element el, String sectionText) {
    String t = target.toLowerCase();
    if (t.contains("eherkenning")) {
      return new Login(ChannelType.EFORM_EHERKENNING, "eHerkenning in target URL");
    }
    if (t.contains("digid")) {
      return new Login(ChannelType.EFORM_DIGID, "DigiD in target URL");
    }
    String own =
        Text.norm(
            el.text()
                + " "
                + el.attr("title")
                + " "
                + el.attr("aria-label")
                + " "
                + String.join(" ", el.select(Css.of("img[alt]")).eachAttr("alt")));
    Login l = fromText(own, own, "link");
    if (l != null) {
      return l;
    }
    int levels = 0;
    for (Element block = el.parent(); block != null && levels < 3; block = block.parent()) {
      if (!ChromeModel.BLOCK_TAGS.contains(block.normalName())) {
        continue;
      }
      levels++;
      if (block.text().length() > 400) {
        break; // beyond the link's own box: the section decides
      }
      String near =
          Text.norm(
              block.text()
                  + " "
                  + String.join(" ", block.select(Css.of("img[alt]")).eachAttr("alt")));
      l = fromText(near, own, "text near the link");
      if (l != null) {
        return l;
      }
    }
    l = fromText(Text.norm(sectionText), own, "section text");
    return l != null ? l : new Login(ChannelType.EFORM_OPEN, "no login named");
  }

  private static Login fromText(String text, String linkText, String where) {
    if (Text.hasAny(text, NO_LOGIN)) {
      return new Login(ChannelType.EFORM_OPEN, "'no login needed' in " + where);
    }
    boolean digid = Text.hasPhrase(text, "digid");
    boolean eh = Text.hasPhrase(text, "eherkenning");
    if (digid && eh) {
      boolean business =
          Text.hasAny(
              linkText,
              List.of(
                  "ondernemer",
                  "ondernemers",
                  "bedrijf",
                  "bedrijven",
                  "organisatie",
                  "eherkenning"));
      return business
          ? new Login(ChannelType.EFORM_EHERKENNING, "eHerkenning + business words in " + where)
          : new Login(ChannelType.EFORM_DIGID, "DigiD (and eHerkenning) in " + where);
    }
    if (digid) {
      return new Login(ChannelType.EFORM_DIGID, "DigiD in " + where);
    }
    if (eh) {
      return new Login(ChannelType.EFORM_EHERKENNING, "eHerkenning in " + where);
    }
    return null;
  }
}
