package nl.wmebv.crawler.detect;

import java.net.URI;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;

/**
 * Hook the crawler calls for every HTML page it parsed, on a crawler thread; the crawler hands over
 * the jsoup document so nothing is parsed twice. The result is delivered through a callback so that
 * an analyzer may hold the first pages back until it has learned the site's chrome (header, footer,
 * menus repeated on every page); the crawler reports a page only once its analysis has been
 * delivered, and calls {@link #flush()} before the crawl ends. Implementations must be thread-safe.
 */
public interface PageAnalyzer {
  /** Analyse the page and pass the result (or null) to {@code result}, now or later. */
  void analyze(URI pageUrl, Document document, Consumer<PageAnalysis> result);

  /** Deliver every result still held back. */
  default void flush() {}

  /** An analyzer that does nothing. */
  PageAnalyzer NONE = (url, doc, result) -> result.accept(null);
}
