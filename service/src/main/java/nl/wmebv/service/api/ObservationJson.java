package nl.wmebv.service.api;

import java.time.OffsetDateTime;
import nl.wmebv.service.db.ObservationRow;

/** What one crawl run saw of a product's page. */
public record ObservationJson(
    long crawlRunId, int httpStatus, String channelStatus, boolean changed, String error, OffsetDateTime observedAt) {

  public static ObservationJson of(ObservationRow o) {
    return new ObservationJson(o.crawlRunId(), o.httpStatus(), o.channelStatus(), o.changed(), o.error(),
        o.observedAt());
  }
}
