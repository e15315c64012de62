package nl.wmebv.crawler.detect.channel;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.wmebv.crawler.detect.page.ChromeModel;
import nl.wmebv.crawler.detect.page.Css;
import nl.wmebv.crawler.detect.page.Outline;
import nl.wmebv.crawler.detect.page.Text;
import org.jsoup.nodes.Element;

/**
 * Finds and classifies the channel candidates in a page's main content (chrome already removed).
 */
public final class ChannelDetector {
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

  private ChannelDetector() {}

  /**
   * Every channel in the main content, each with its evidence; e-mail and on-page forms carry the
   * "nothing to request" check (ok, status 0), web targets no check yet.
   */
  public static List<Channel> detect(
      URI pageUrl, Element main, Outline outline, ChromeModel chrome) {
    Map<String, Channel> found = new LinkedHashMap<>();
    for (Element a : main.select(Css.of("a[href], area[href]"))) {
      if (chrome.isChromeLink(a)) {
        continue; // the same link with the same text on most pages: site chrome, nobody's channel
      }
      String href = a.attr("href").trim();
      if (href.isEmpty() || href.startsWith("#") || href.toLowerCase().startsWith("javascript:")) {
        continue;
      }
      URI target = resolve(pageUrl, a.absUrl("href").isEmpty() ? href : a.absUrl("href"));
      if (target != null) {
        link(found, pageUrl, target, a, label(a), outline, buttonLike(a, pageUrl, target));
      }
    }
    for (Element frame : main.select(Css.of("iframe[src]"))) {
      URI target = resolve(pageUrl, frame.absUrl("src"));
      if (target != null && ChannelRules.classify(target, "").kind() == ChannelRules.Kind.EFORM) {
        link(found, pageUrl, target, frame, frame.attr("title"), outline, true);
      }
    }
    for (Element embed : main.select(Css.of("#openforms-container, [data-form-id]"))) {
      String base = embed.attr("data-base-url").trim();
      String id = embed.attr("data-form-id").trim();
      URI baseUri = base.isEmpty() ? null : resolve(pageUrl, base);
      if (!base.isEmpty()
          && (baseUri == null
              || !baseUri.getScheme().toLowerCase(Locale.ROOT).startsWith("http"))) {
        // a form platform lives at an http(s) address; anything else is a hostile or broken page
        continue;
      }
      String target =
          base.isEmpty()
              ? pageUrl + "#form"
              : (base.endsWith("/") ? base : base + "/") + "forms/" + id;
      var login = LoginContext.decide(target, embed, outline.partText(embed));
      Channel c =
          new Channel(
              login.type(),
              target,
              "(embedded form " + id + ")",
              outline.headingOf(embed),
              "Open Formulieren embed data-form-id=" + id + "; " + login.evidence(),
              base.isEmpty() ? notRequested(target) : null);
      found.putIfAbsent(c.type() + " " + c.target(), c);
    }
    for (Element form : main.select(Css.of("form"))) {
      if (FormKind.isMessageForm(form)) {
        String target = pageUrl + "#form";
        var login = LoginContext.decide(target, form, outline.partText(form));
        Channel c =
            new Channel(
                login.type(),
                target,
                FormKind.label(form),
                outline.headingOf(form),
                "on-page form with " + FormKind.fieldCount(form) + " fields; " + login.evidence(),
                notRequested(target));
        found.putIfAbsent(c.type() + " " + c.target(), c);
      }
    }
    TextChannels.detect(pageUrl, main, outline, found);
    return new ArrayList<>(found.values());
  }

  /** "vul het formulier ... in", "het formulier invullen": an instruction to fill in a form. */
  private static final java.util.regex.Pattern FILL_IN_FORM =
      java.util.regex.Pattern.compile(
          "\\bvul\\b[^.!?]{0,60}\\bformulier\\b|\\bformulier\\b[^.!?]{0,60}\\b(invullen|in te vullen)\\b");

  private static void link(
      Map<String, Channel> found,
      URI page,
      URI target,
      Element el,
      String text,
      Outline outline,
      boolean buttonLike) {
    ChannelRules.Verdict v = ChannelRules.classify(target, text, buttonLike);
    if (v.kind() == ChannelRules.Kind.EFORM
        && v.rule().startsWith("form platform host")
        && target.getHost().equalsIgnoreCase(page.getHost())) {
      return; // a site whose own pages live on loket.<gemeente>.nl: its internal links are no
      // channel by name
    }
    String heading = outline.headingOf(el);
    String t = target.toString();
    Channel c =
        switch (v.kind()) {
          case EFORM -> {
            var login = LoginContext.decide(t, el, outline.partText(el));
            yield new Channel(
                login.type(), t, text, heading, v.rule() + "; " + login.evidence(), null);
          }
          case PORTAL -> new Channel(ChannelType.NATIONAL_PORTAL, t, text, heading, v.rule(), null);
          case EMAIL -> {
            String mail = "mailto:" + t.substring(7).split("\\?")[0].trim().toLowerCase();
            yield new Channel(ChannelType.EMAIL, mail, text, heading, v.rule(), notRequested(mail));
          }
          case PRINT -> new Channel(ChannelType.PRINT_FORM, t, text, heading, v.rule(), null);
          case APPOINTMENT ->
              new Channel(ChannelType.APPOINTMENT_PHONE_VISIT, t, text, heading, v.rule(), null);
          // "Vul dan het formulier 'aanvragen als u een uitkering ontvangt' in." above a button
          // "als u een uitkering
          // ontvangt (pdf)" (Castricum): the text around the document says it is the form
          default ->
              ChannelRules.isDocument(target)
                      && FILL_IN_FORM.matcher(Text.norm(outline.partText(el))).find()
                  ? new Channel(
                      ChannelType.PRINT_FORM,
                      t,
                      text,
                      heading,
                      "document link in a text about filling in a form",
                      null)
                  : null;
        };
    if (c != null) {
      found.putIfAbsent(c.type() + " " + c.target(), c);
    }
  }

  /**
   * A link in the page's own content that may be a channel the rules did not recognise: to be
   * visited.
   */
  public record Candidate(
      URI target, Element link, String text, boolean buttonLike, boolean namesProduct) {}

  private static final List<String> ACTION_WORDS =
      List.of(
          "aanvra",
          "melden",
          "melding",
          "meldformulier",
          "doorgeven",
          "indienen",
          "regelen",
          "aanmelden",
          "inschrijven",
          "afspraak",
          "formulier",
          "online",
          "digitaal",
          "inloggen",
          "direct",
          "start");
  private static final int MAX_CANDIDATES = 3;

  /** Link wording that promises a form: a broken target behind it is a broken channel. */
  private static final List<String> FORM_WORDING =
      List.of(
          "formulier",
          "aanvraagformulier",
          "meldformulier",
          "webformulier",
          "online aanvragen",
          "digitaal aanvragen",
          "direct aanvragen",
          "online indienen",
          "digitaal indienen",
          "online melden",
          "aanvraag indienen");

  /**
   * Up to three action links of the page's own content that no rule classified: styled as a button,
   * leaving the site, naming the product (real pages link "Verhuizing doorgeven", also behind a
   * hidden "DigiD link" label) or using an action word. Visiting them decides; their wording only
   * ranks them.
   */
  public static List<Candidate> candidates(
      URI pageUrl, Element main, ChromeModel chrome, List<Channel> known, String productName) {
    String product = productName == null ? "" : Text.norm(productName);
    Set<String> seen = new HashSet<>();
    known.forEach(c -> seen.add(withoutFragment(c.target())));
    seen.add(withoutFragment(pageUrl.toString()));
    List<Candidate> first = new ArrayList<>();
    List<Candidate> second = new ArrayList<>();
    for (Element a : main.select(Css.of("a[href]"))) {
      URI target =
          chrome.isChromeLink(a)
              ? null
              : resolve(pageUrl, a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href"));
      if (target == null
          || !target.getScheme().toLowerCase(Locale.ROOT).startsWith("http")
          || !seen.add(withoutFragment(target.toString()))) {
        continue;
      }
      String text = label(a);
      if (ChannelRules.classify(target, text).kind() != ChannelRules.Kind.NONE) {
        continue; // the rules know it already: a channel, or a link that is none (DigiD's own
        // pages, documents)
      }
      String norm = Text.norm(text);
      boolean button = buttonLike(a, pageUrl, target);
      boolean namesProduct = product.length() > 3 && norm.contains(product);
      if (button || namesProduct) {
        first.add(new Candidate(target, a, text, button, namesProduct));
      } else if (ACTION_WORDS.stream().anyMatch(norm::contains) && norm.split(" ").length <= 8) {
        second.add(new Candidate(target, a, text, false, false));
      }
    }
    first.addAll(second);
    return first.size() > MAX_CANDIDATES ? first.subList(0, MAX_CANDIDATES) : first;
  }

  /** The channel a visited candidate turned out to be, or null when it is none. */
  public static Channel fromVisit(Candidate c, ChannelCheck visit, Outline outline) {
    return fromVisit(c, visit, outline, false);
  }

  /**
   * @param formHost the target is on a host where the municipality's forms live (see
   *     ChannelChecker)
   */
  public static Channel fromVisit(
      Candidate c, ChannelCheck visit, Outline outline, boolean formHost) {
    String heading = outline.headingOf(c.link());
    if (visit != null
        && !visit.ok()
        && (formHost || Text.hasAny(Text.norm(c.text()), FORM_WORDING))) {
      // "online aanvraagformulier", or any link to the municipality's form host, that answers 404:
      // the form the
      // page offers does not work
      return new Channel(
          ChannelType.EFORM_OPEN,
          c.target().toString(),
          c.text(),
          heading,
          (formHost ? "link to the municipality's form host" : "form wording")
              + "; visited: does not work",
          visit);
    }
    if (visit == null || visit.found() == null || !visit.ok()) {
      return null;
    }
    String rule = "visited: " + visit.reason();
    String t = c.target().toString();
    return switch (visit.found()) {
      case LOGIN_DIGID, LOGIN_EIDAS ->
          new Channel(ChannelType.EFORM_DIGID, t, c.text(), heading, rule, visit);
      case LOGIN_EHERKENNING ->
          new Channel(ChannelType.EFORM_EHERKENNING, t, c.text(), heading, rule, visit);
      case WEB_FORM -> {
        var login = LoginContext.decide(t, c.link(), outline.partText(c.link()));
        yield new Channel(
            login.type(), t, c.text(), heading, rule + "; " + login.evidence(), visit);
      }
      case APPOINTMENT ->
          new Channel(ChannelType.APPOINTMENT_PHONE_VISIT, t, c.text(), heading, rule, visit);
      default -> null;
    };
  }

  /** The URL without its fragment: one page, however it is anchored. */
  public static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** The convention for channels there is nothing to request for: ok, status 0, no error. */
  static ChannelCheck notRequested(String target) {
    return new ChannelCheck(true, 0, target, 0, null);
  }

  /** Styled as a button (class or role on the link or its wrapper), or pointing off the site. */
  private static boolean buttonLike(Element a, URI page, URI target) {
    for (Element e = a; e != null && e != a.parent().parent(); e = e.parent()) {
      String cls = (e.className() + " " + e.attr("role")).toLowerCase();
      if (cls.contains("btn")
          || cls.contains("button")
          || cls.contains("knop")
          || cls.contains("cta")) {
        return true;
      }
    }
    String ph = page.getHost() == null ? "" : page.getHost().replaceFirst("^www\\.", "");
    String th = target.getHost() == null ? "" : target.getHost().replaceFirst("^www\\.", "");
    return !th.isEmpty() && !th.equalsIgnoreCase(ph);
  }

  private static String label(Element a) {
    String text = Text.clean(a.text());
    if (text.isEmpty()) {
      text =
          Text.clean(
              a.attr("aria-label")
                  + " "
                  + a.attr("title")
                  + " "
                  + String.join(" ", a.select(Css.of("img[alt]")).eachAttr("alt")));
    }
    return text;
  }

  /**
   * The absolute target of an href, or null: a broken href, or a scheme that is no channel
   * (javascript:, data:).
   */
  private static URI resolve(URI base, String href) {
    try {
      URI target = base.resolve(new URI(href.strip().replace(" ", "%20")));
      String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
      return LINK_SCHEMES.contains(scheme) ? target : null;
    } catch (Exception e) {
      return null; // a broken href is no channel
    }
  }
}
