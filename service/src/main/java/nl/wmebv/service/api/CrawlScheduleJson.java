package nl.wmebv.service.api;

import java.time.OffsetDateTime;

/**
 * A site's crawl schedule. {@code interval} is an ISO-8601 duration; {@code nextRunAt} is null when
 * the schedule is disabled or not set; {@code lastResult} says what the latest trigger did. {@code
 * channelWatch} is the channel watch's interval (ISO-8601, default P1D) or null when it is off; the
 * other {@code channelWatch*} fields are its next run, latest run and what its latest trigger did.
 */
public record CrawlScheduleJson(
    long siteId,
    boolean configured,
    String cron,
    String interval,
    String zone,
    boolean enabled,
    OffsetDateTime nextRunAt,
    OffsetDateTime lastTriggeredAt,
    Long lastRunId,
    String lastResult,
    OffsetDateTime updatedAt,
    String updatedBy,
    String channelWatch,
    OffsetDateTime channelWatchNextRunAt,
    Long channelWatchLastRunId,
    String channelWatchLastResult) {

  /** The answer for a site without a schedule: nothing runs. */
  public static CrawlScheduleJson none(long siteId) {
    return new CrawlScheduleJson(
        siteId, false, null, null, null, false, null, null, null, null, null, null, null, null,
        null, null);
  }
}
