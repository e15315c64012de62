package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The body of PUT /api/sites/{id}/schedule: either {@code cron} or {@code interval} (ISO-8601
 * duration), an optional time zone for the cron expression (default Europe/Amsterdam), and whether
 * it is enabled (true or false; left out means true; null, a number or a string is refused), and
 * {@code channelWatch}: the channel watch's interval (ISO-8601, at least PT1H) or "off" (left out:
 * as it was; P1D for a new schedule).
 */
public record CrawlScheduleInput(
    String cron, String interval, String zone, Boolean enabled, String channelWatch) {
  private static final List<String> FIELDS =
      List.of("cron", "interval", "zone", "enabled", "channelWatch");

  public CrawlScheduleInput(String cron, String interval, String zone, Boolean enabled) {
    this(cron, interval, zone, enabled, null);
  }

  /**
   * Reads the body field by field: 422 for an unknown field or an {@code enabled} that is not true
   * or false.
   */
  public static CrawlScheduleInput read(JsonNode body) {
    JsonInput in = new JsonInput(body, FIELDS);
    String cron = in.string("cron", 200);
    String interval = in.string("interval", 100);
    String zone = in.string("zone", 100);
    Boolean enabled = in.bool("enabled");
    String channelWatch = in.string("channelWatch", 100);
    if (in.has("enabled") && enabled == null && body.get("enabled").isNull()) {
      in.error("enabled must be true or false"); // null is not "leave it as it is": say which
    }
    in.check();
    return new CrawlScheduleInput(cron, interval, zone, enabled, channelWatch);
  }
}
