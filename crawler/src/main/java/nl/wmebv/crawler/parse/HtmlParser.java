package nl.wmebv.crawler.parse;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Decodes and parses an HTML body with jsoup and extracts links, document links, canonical and
 * title.
 */
public final class HtmlParser {
  // parsed once: jsoup parses a selector string on every select() call, which cost more than the
  // page parse
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
  private static final Evaluator ROBOTS_META =
      QueryParser.parse("meta[name~=(?i)^robots$][content]");
  private static final Evaluator LINKS =
      QueryParser.parse("a[href], area[href], iframe[src], frame[src]");

  /**
   * Links kept per page: an A–Z list of every product has some hundreds, an HTML sitemap a few
   * thousand; a page with 60,000 links is a dump or a trap, whose links would fill the frontier
   * with one page's URLs.
   */
  static final int MAX_LINKS = 5_000;

  private static final Pattern DOCUMENT =
      Pattern.compile("\\.(pdf|docx?|odt|ods|odp|xlsx?|pptx?|rtf)$", Pattern.CASE_INSENSITIVE);

  private HtmlParser() {}

  /** Parses a body; never throws for malformed HTML (jsoup repairs it). */
  public static ParsedPage parse(byte[] body, Optional<Charset> headerCharset, URI baseUri) {
    CharsetDetector.Detected detected = CharsetDetector.detect(body, headerCharset);
    Document doc = Jsoup.parse(CharsetDetector.decode(body, detected), baseUri.toString());
    String title = doc.title().isBlank() ? null : doc.title().strip();
    Element canonicalLink = doc.selectFirst(CANONICAL);
    String canonical = canonicalLink == null ? null : emptyToNull(canonicalLink.absUrl("href"));
    boolean noFollow = false;
    for (Element meta : doc.select(ROBOTS_META)) {
      String content = meta.attr("content").toLowerCase(Locale.ROOT);
      noFollow |= content.contains("nofollow") || content.contains("none");
    }
    Set<String> links = new LinkedHashSet<>();
    Set<String> documents = new LinkedHashSet<>();
    for (Element e : doc.select(LINKS)) {
      String abs = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src");
      if (abs.isEmpty() || !abs.regionMatches(true, 0, "http", 0, 4)) {
        continue; // mailto:, tel:, javascript: are the analyzer's business, not the frontier's
      }
      if (isDocument(abs)) {
        if (documents.size() < MAX_LINKS) {
          documents.add(stripFragment(abs));
        }
      } else if (links.size() < MAX_LINKS) {
        links.add(abs);
      }
    }
    return new ParsedPage(
        doc,
        title,
        canonical,
        new ArrayList<>(links),
        new ArrayList<>(documents),
        noFollow,
        detected.charset().name() + " (" + detected.source() + ")");
  }

  /** True when the URL's path ends in a PDF or Office extension. */
  public static boolean isDocument(String url) {
    String s = stripFragment(url);
    int q = s.indexOf('?');
    return DOCUMENT.matcher(q < 0 ? s : s.substring(0, q)).find();
  }

  private static String stripFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
