package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/**
 * A row of crawl_schedule: exactly one of {@code cron} and {@code intervalSeconds} is set; {@code
 * watchIntervalSeconds} null when the channel watch is off.
 */
public record CrawlScheduleRow(
    long siteId,
    String cron,
    Long intervalSeconds,
    String zone,
    boolean enabled,
    OffsetDateTime nextRunAt,
    OffsetDateTime lastTriggeredAt,
    Long lastRunId,
    String lastResult,
    OffsetDateTime updatedAt,
    String updatedBy,
    Long watchIntervalSeconds,
    OffsetDateTime watchNextRunAt,
    Long watchLastRunId,
    String watchLastResult) {}
