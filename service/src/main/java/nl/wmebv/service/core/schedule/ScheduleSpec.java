package nl.wmebv.service.core.schedule;

import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.CronStyle;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.core.DutchTime;

/**
 * A validated crawl schedule: a cron expression (db-scheduler's {@link CronSchedule}: six
 * Spring-style fields "second minute hour day month weekday", or five Unix fields) in a time zone,
 * or a fixed interval.
 */
public record ScheduleSpec(String cron, Duration interval, ZoneId zone) {
  /** Shortest interval accepted: a municipal site is not crawled more often than this. */
  public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

  /**
   * Validates the input; throws {@link InvalidInputException} (422) with one message per problem.
   */
  public static ScheduleSpec parse(String cron, String interval, String zone) {
    List<String> errors = new ArrayList<>();
    boolean hasCron = cron != null && !cron.isBlank();
    boolean hasInterval = interval != null && !interval.isBlank();
    if (hasCron == hasInterval) {
      errors.add(
          "give either cron (e.g. \"0 0 3 * * MON\": Mondays at 03:00) or interval (an ISO-8601 duration, "
              + "e.g. \"P7D\" or \"PT12H\"), not "
              + (hasCron ? "both" : "neither"));
    }
    ZoneId zoneId = DutchTime.ZONE; // a schedule without a zone runs in Dutch time
    if (zone != null && !zone.isBlank()) {
      try {
        zoneId = ZoneId.of(zone.strip());
      } catch (DateTimeException e) {
        errors.add(
            "zone: '" + zone + "' is not a time zone (use a region such as Europe/Amsterdam)");
      }
    }
    Duration every = null;
    if (hasInterval) {
      try {
        every = Duration.parse(interval.strip());
        if (every.compareTo(MIN_INTERVAL) < 0) {
          errors.add(
              "interval: must be at least "
                  + MIN_INTERVAL.toMinutes()
                  + " minute, got "
                  + interval.strip());
        }
      } catch (DateTimeParseException e) {
        errors.add(
            "interval: '"
                + interval
                + "' is not an ISO-8601 duration (e.g. \"P7D\", \"PT12H\", \"PT30M\")");
      }
    }
    if (hasCron && !hasInterval) {
      try {
        String[] fields = cron.strip().split("\\s+");
        if (fields.length == 6 && !fields[0].matches("[0-5]?\\d")) {
          // seconds first: anything but one fixed second fires more than once a minute, which
          // intervals may not
          errors.add(
              "cron: '"
                  + cron.strip()
                  + "' fires more often than once a minute; give one second"
                  + " (e.g. \"0 0 3 * * MON\")");
        }
        Schedule schedule = cronSchedule(cron.strip(), zoneId);
        if (schedule.isDisabled()
            || schedule.getInitialExecutionTime(Instant.now()) == null
            || Schedule.NEVER.equals(schedule.getInitialExecutionTime(Instant.now()))) {
          errors.add("cron: '" + cron.strip() + "' never fires");
        }
      } catch (RuntimeException e) {
        errors.add(
            "cron: '"
                + cron.strip()
                + "' is not a valid cron expression (six fields \"second minute hour "
                + "day month weekday\", e.g. \"0 0 3 * * MON\", or five Unix fields \"0 3 * * 1\"): "
                + e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ScheduleSpec(hasCron ? cron.strip() : null, every, zoneId);
  }

  /** The schedule as stored (trusted input: it passed {@link #parse} when it was saved). */
  public static ScheduleSpec stored(String cron, Long intervalSeconds, String zone) {
    return new ScheduleSpec(
        cron,
        intervalSeconds == null ? null : Duration.ofSeconds(intervalSeconds),
        zone == null ? DutchTime.ZONE : ZoneId.of(zone));
  }

  /**
   * When the next run is due, at {@code now}: the next cron time after now; or {@code interval}
   * after {@code lastStart} (the latest crawl's start; when triggering, now), never before now, and
   * now when the site was never crawled ({@code lastStart} null).
   */
  public Instant next(Instant now, Instant lastStart) {
    if (cron != null) {
      return cronSchedule(cron, zone).getInitialExecutionTime(now);
    }
    if (lastStart == null) {
      return now; // never crawled: at once
    }
    Instant fromLast = lastStart.plus(interval);
    return fromLast.isBefore(now) ? now : fromLast;
  }

  private static Schedule cronSchedule(String cron, ZoneId zone) {
    // five fields: the classic Unix crontab; otherwise db-scheduler's default (Spring style,
    // seconds first)
    return cron.trim().split("\\s+").length == 5
        ? new CronSchedule(cron, zone, CronStyle.UNIX)
        : Schedules.cron(cron, zone);
  }
}
