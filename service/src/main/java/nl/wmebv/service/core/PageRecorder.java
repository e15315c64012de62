package nl.wmebv.service.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.ProductInfo;
import nl.wmebv.service.db.PageDao;
import nl.wmebv.service.db.PageObservation;
import nl.wmebv.service.db.ProductDao;
import nl.wmebv.service.db.ProductRow;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores what the crawler reports for one page, and keeps the product that page describes in step with
 * the detector, in one transaction per page. What a person decided on the product is never touched.
 */
public class PageRecorder {
  private final Jdbi jdbi;
  private final ObjectMapper json;

  public PageRecorder(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.json = json;
  }

  /** Records the page of crawl run {@code runId} of site {@code siteId} of municipality {@code municipalityId}. */
  public void record(long municipalityId, long siteId, long runId, PageRecord page) {
    PageAnalysis analysis = page.analysis();
    boolean product = analysis != null && analysis.isProduct();
    String status = analysis == null || analysis.channelStatus() == null ? null : analysis.channelStatus().name();
    PageObservation observation = new PageObservation(page.url(), page.finalUrl(), page.status(),
        page.contentType(), page.title(), page.depth(), page.contentHash(), page.etag(), page.lastModified(),
        page.error(), product, status, analysis == null ? null : toJson(analysis));
    jdbi.useTransaction(h -> {
      long pageId = h.attach(PageDao.class).upsert(siteId, runId, observation);
      if (product) {
        syncProduct(h.attach(ProductDao.class), municipalityId, pageId, analysis.product(), nameOf(page), status);
      }
    });
  }

  private static String nameOf(PageRecord page) {
    ProductInfo info = page.analysis().product();
    if (info.name() != null && !info.name().isBlank()) {
      return info.name().strip();
    }
    return page.title() != null && !page.title().isBlank() ? page.title().strip() : page.url();
  }

  private static void syncProduct(ProductDao products, long municipalityId, long pageId, ProductInfo info,
      String name, String status) {
    ProductRow existing = products.findByPage(pageId).orElse(null);
    if (existing == null) {
      products.insert(municipalityId, null, pageId, name, info.uniformName(), info.uplUri(), info.audience(),
          status);
    } else if (!Objects.equals(existing.detectedChannelStatus(), status)) {
      products.updateDetected(existing.id(), status, info.uniformName(), info.uplUri());
    }
  }

  private String toJson(PageAnalysis analysis) {
    try {
      return json.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise the page analysis: " + e.getMessage(), e);
    }
  }
}
