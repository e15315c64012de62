package nl.wmebv.service.core.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.service.db.PageObservation;

/** Turns the crawler's report of a page into what the database stores. */
final class PageObservations {
  private PageObservations() {}

  static PageObservation of(PageRecord page, ObjectMapper json) {
    PageAnalysis analysis = page.analysis();
    boolean product = analysis != null && analysis.isProduct();
    String status =
        analysis == null || analysis.channelStatus() == null
            ? null
            : analysis.channelStatus().name();
    return new PageObservation(
        page.url(),
        page.finalUrl(),
        page.status(),
        page.contentType(),
        page.title(),
        page.depth(),
        page.contentHash(),
        page.etag(),
        page.lastModified(),
        page.error(),
        product,
        status,
        analysis == null ? null : toJson(json, analysis));
  }

  private static String toJson(ObjectMapper json, PageAnalysis analysis) {
    try {
      return json.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise the page analysis: " + e.getMessage(), e);
    }
  }
}
