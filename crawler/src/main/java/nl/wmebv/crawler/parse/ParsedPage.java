package nl.wmebv.crawler.parse;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * What the crawler takes from an HTML page before the analyzer sees (and may change) the document.
 *
 * @param document the jsoup document
 * @param title the title, or null when empty
 * @param canonical the absolute canonical href, or null
 * @param links absolute hrefs of links and frames, in document order, not yet normalized
 * @param documentLinks absolute URLs of PDF/Office documents linked (recorded, never downloaded)
 * @param noFollow true when a robots meta tag says nofollow or none
 * @param charset the charset used and how it was decided (bom, header, meta, sniff)
 */
public record ParsedPage(
    Document document,
    String title,
    String canonical,
    List<String> links,
    List<String> documentLinks,
    boolean noFollow,
    String charset) {}
