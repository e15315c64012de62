package nl.wmebv.crawler.detect.channel;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import nl.wmebv.crawler.detect.page.Css;
import nl.wmebv.crawler.detect.page.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Says what a visited channel target is, from where its redirects ended and what the page holds: a
 * login gate (DigiD, eHerkenning, eIDAS, a redirect to them or a login button for them), a web form
 * (fields and a submit, or an Open Formulieren / Form.io embed), an appointment system, a document,
 * a calculator, or an information page. Pure: no network. Wording on the product page never decides
 * this; the target does.
 */
public final class TargetClassifier {
  /** The kind and the Dutch reason shown to the consultant. */
  public record Found(TargetKind kind, String reason) {}

  private static final java.util.regex.Pattern DOCUMENT_PATH =
      java.util.regex.Pattern.compile(".*\\.(pdf|docx?|odt)$");
  private static final java.util.regex.Pattern APPOINTMENT_HOST =
      java.util.regex.Pattern.compile("(?i).*(qmatic|jccsoftware|afspraak|afspraken|timeblockr).*");

  private static final List<String> CALCULATOR_WORDS =
      List.of(
          "sneltoets",
          "rekenhulp",
          "vergunningcheck",
          "bereken uw",
          "bereken de",
          "rekentool",
          "check of u een vergunning nodig heeft");
  private static final List<String> APPOINTMENT_WORDS =
      List.of(
          "afspraak maken",
          "maak een afspraak",
          "kies een datum",
          "kies een tijd",
          "beschikbare tijden",
          "afspraak plannen",
          "tijdslot");

  private TargetClassifier() {}

  /**
   * Whether the body of this media type is read for classification (HTML only; a PDF is known by
   * its type).
   */
  static boolean readable(String mediaType) {
    return mediaType == null || mediaType.contains("html") || mediaType.contains("xml");
  }

  /**
   * @param finalUrl where the redirects ended
   * @param contentType the media type of the final answer, or null
   * @param html the body when it is HTML, or null
   */
  static Found classify(URI finalUrl, String contentType, String html) {
    Found login = loginHost(finalUrl);
    if (login != null) {
      return login;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String path =
        finalUrl.getRawPath() == null ? "" : finalUrl.getRawPath().toLowerCase(Locale.ROOT);
    if (type.contains("pdf")
        || type.contains("msword")
        || type.contains("officedocument")
        || DOCUMENT_PATH.matcher(path).matches()) {
      return new Found(TargetKind.DOCUMENT, TargetKind.DOCUMENT.label());
    }
    if (html == null) {
      return new Found(
          TargetKind.INFO_PAGE,
          "Geen webpagina (" + (type.isEmpty() ? "onbekend type" : type) + ")");
    }
    return classifyPage(finalUrl, Jsoup.parse(html, finalUrl.toString()), html);
  }

  /**
   * What a parsed HTML page is (a login gate, a web form, ...); also used for the crawled pages
   * themselves.
   */
  public static Found classifyPage(URI finalUrl, Document doc) {
    Found login = loginHost(finalUrl);
    return login != null ? login : classifyPage(finalUrl, doc, doc.html());
  }

  private static Found classifyPage(URI finalUrl, Document doc, String html) {
    String title = Text.norm(doc.title() + " " + doc.select(Css.of("h1")).text());
    if (Text.hasAny(title, CALCULATOR_WORDS)) {
      return new Found(TargetKind.CALCULATOR, TargetKind.CALCULATOR.label());
    }
    Found gate = loginButton(doc);
    if (gate != null) {
      return gate;
    }
    if (!doc.select(
                Css.of(
                    "#openforms-container, [data-base-url][data-form-id], .formio-form, [data-formio]"))
            .isEmpty()
        || html.contains("open-forms-sdk")
        || html.contains("openforms")) {
      return new Found(TargetKind.WEB_FORM, "Webformulier (Open Formulieren)");
    }
    int fields = 0;
    for (Element form : doc.select(Css.of("form"))) {
      if (!isSearch(form)) {
        fields = Math.max(fields, fields(form));
      }
    }
    boolean appointment =
        Text.hasAny(
                title + " " + Text.norm(doc.body() == null ? "" : doc.body().text()),
                APPOINTMENT_WORDS)
            || finalUrl.getHost() != null && APPOINTMENT_HOST.matcher(finalUrl.getHost()).matches();
    if (appointment) {
      return new Found(TargetKind.APPOINTMENT, TargetKind.APPOINTMENT.label());
    }
    if (fields >= 2) {
      return new Found(
          TargetKind.WEB_FORM, "Webformulier met " + fields + " velden en een verzendknop");
    }
    return new Found(TargetKind.INFO_PAGE, TargetKind.INFO_PAGE.label());
  }

  /**
   * A redirect to the national login services themselves (digid.nl, eherkenning.nl), or null: there
   * is no need to load their pages. A login path on the municipality's own host is followed, since
   * it may be broken.
   */
  static Found nationalLogin(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    boolean national =
        host.equals("digid.nl")
            || host.endsWith(".digid.nl")
            || host.equals("eherkenning.nl")
            || host.endsWith(".eherkenning.nl");
    return national ? loginHost(url) : null;
  }

  /** A redirect that ends at a login service (DigiD, eHerkenning, eIDAS), or null. */
  private static Found loginHost(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    String path = url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(Locale.ROOT);
    if (host.equals("digid.nl") || host.endsWith(".digid.nl")) {
      return new Found(TargetKind.LOGIN_DIGID, "Doorverwijzing naar de inlogpagina van DigiD");
    }
    if (host.endsWith("eherkenning.nl") || path.contains("/eherkenning")) {
      return new Found(
          TargetKind.LOGIN_EHERKENNING, "Doorverwijzing naar inloggen met eHerkenning");
    }
    if (host.contains("eidas") || path.contains("/eidas")) {
      return new Found(TargetKind.LOGIN_EIDAS, "Doorverwijzing naar inloggen met eIDAS");
    }
    return null;
  }

  /**
   * A page whose main action is logging in with DigiD, eHerkenning or eIDAS (a button, link or form
   * for it).
   */
  private static Found loginButton(Document doc) {
    return loginAmong(doc.select(Css.of("a[href], button, input[type=submit], form[action]")));
  }

  /**
   * True when the page is no login service itself and its login buttons are all links (no login
   * form or button of its own): a page that leads to a login rather than one that asks for it.
   */
  public static boolean loginLinksOnly(URI url, Document doc) {
    return loginHost(url) == null
        && loginAmong(doc.select(Css.of("button, input[type=submit], form[action]"))) == null;
  }

  private static Found loginAmong(List<Element> elements) {
    for (Element e : elements) {
      String words =
          Text.norm(
              e.text()
                  + " "
                  + e.attr("value")
                  + " "
                  + e.attr("aria-label")
                  + " "
                  + e.attr("title")
                  + " "
                  + String.join(" ", e.select(Css.of("img[alt]")).eachAttr("alt")));
      String target = (e.attr("href") + " " + e.attr("action")).toLowerCase(Locale.ROOT);
      boolean login =
          Text.hasAny(words, List.of("inloggen", "log in", "login", "verder met", "doorgaan met"))
              || target.contains("saml")
              || target.contains("authn")
              || target.contains("login");
      if (!login) {
        continue;
      }
      if (Text.hasPhrase(words, "digid") || target.contains("digid")) {
        return new Found(TargetKind.LOGIN_DIGID, "Inlogknop voor DigiD");
      }
      if (Text.hasPhrase(words, "eherkenning") || target.contains("eherkenning")) {
        return new Found(TargetKind.LOGIN_EHERKENNING, "Inlogknop voor eHerkenning");
      }
      if (Text.hasPhrase(words, "eidas") || target.contains("eidas")) {
        return new Found(TargetKind.LOGIN_EIDAS, "Inlogknop voor eIDAS");
      }
    }
    return null;
  }

  private static boolean isSearch(Element form) {
    String action = form.attr("action").toLowerCase(Locale.ROOT);
    return "search".equals(form.attr("role"))
        || action.contains("zoek")
        || action.contains("search")
        || form.select(Css.of("input[type=search], input[name=q], input[name=zoekterm]")).size() > 0
            && fields(form) <= 2;
  }

  /** Fields a person fills in (not hidden, not buttons), when the form can be submitted. */
  private static int fields(Element form) {
    boolean submit =
        !form.select(Css.of("button, input[type=submit], input[type=image]")).isEmpty();
    if (!submit) {
      return 0;
    }
    int n = form.select(Css.of("textarea, select")).size();
    for (Element input : form.select(Css.of("input"))) {
      String t = input.attr("type").toLowerCase(Locale.ROOT);
      if (!List.of("hidden", "submit", "button", "image", "reset").contains(t)) {
        n++;
      }
    }
    return n;
  }
}
