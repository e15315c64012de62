package nl.wmebv.service.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one crawl changed in the inventory of its site, per kind of change; every entry names the
 * product, its page and the value before and after.
 */
public record CrawlChangesJson(
    long runId,
    long siteId,
    String status,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    List<Change> newProducts,
    List<Change> channelsGained,
    List<Change> channelsLost,
    List<Change> channelsBroken,
    List<Change> pagesGone,
    List<Change> textChanged) {

  /**
   * One changed product: {@code from} and {@code to} are channel statuses, HTTP statuses or content
   * hashes.
   */
  public record Change(long productId, String name, String url, String from, String to) {}
}
