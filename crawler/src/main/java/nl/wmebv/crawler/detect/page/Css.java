package nl.wmebv.crawler.detect.page;

import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once: jsoup parses a query string on every {@code select(String)}, which cost
 * a tenth of the analysis (issue 19's profile). Only the detectors' constant queries come here, so
 * the cache stays small.
 */
public final class Css {
  private static final ConcurrentHashMap<String, Evaluator> PARSED = new ConcurrentHashMap<>();

  private Css() {}

  /** The parsed query. */
  public static Evaluator of(String query) {
    return PARSED.computeIfAbsent(query, QueryParser::parse);
  }
}
