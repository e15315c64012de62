package nl.wmebv.service.api;

/**
 * The body of PUT /api/sites/{id}/schedule: either {@code cron} or {@code interval} (ISO-8601 duration), an
 * optional time zone for the cron expression (default Europe/Amsterdam), and whether it is enabled (true or false;
 * left out or null means true; a number is refused).
 */
public record CrawlScheduleInput(String cron, String interval, String zone, Boolean enabled) {}
