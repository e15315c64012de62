package nl.wmebv.service.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.wmebv.service.api.CrawlScheduleInput;
import nl.wmebv.service.api.CrawlScheduleJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.core.JsonRows;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.crawl.CrawlAlreadyRunningException;
import nl.wmebv.service.core.crawl.CrawlService;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.CrawlRunRow;
import nl.wmebv.service.db.CrawlScheduleDao;
import nl.wmebv.service.db.CrawlScheduleRow;
import nl.wmebv.service.db.SiteDao;
import nl.wmebv.service.vocabulary.CrawlKind;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Site crawl schedules: read and save them, and {@link #runDue()}, the check the scheduler runs:
 * every enabled schedule whose time has come enqueues its site's crawl (any instance with a free
 * crawl slot takes it), or re-enqueues the site's latest run when that run was STOPPED (cut off by
 * a restart) so it resumes and nothing is crawled twice; a site whose crawl is still queued or
 * running is skipped and logged (one whose channel watch runs waits for the next check). {@link
 * #runDueWatches()} queues each due channel watch the same way. Each due run is claimed by moving
 * next_run_at (watch_next_run_at) first, so it triggers once.
 */
public class CrawlSchedules {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlSchedules.class);

  /** The channel watch of a new schedule. */
  static final Duration DEFAULT_WATCH = Duration.ofDays(1);

  /** A watch asks every product page and channel of the site: not more often than this. */
  static final Duration MIN_WATCH = Duration.ofHours(1);

  private final Jdbi jdbi;
  private final CrawlService crawls;
  private final Clock clock;

  public CrawlSchedules(Jdbi jdbi, CrawlService crawls, Clock clock) {
    this.jdbi = jdbi;
    this.crawls = crawls;
    this.clock = clock;
  }

  public CrawlScheduleJson get(long siteId) {
    requireSite(siteId);
    return jdbi.onDemand(CrawlScheduleDao.class)
        .find(siteId)
        .map(JsonRows::crawlSchedule)
        .orElseGet(() -> CrawlScheduleJson.none(siteId));
  }

  /**
   * Validates and saves the schedule; the next run is computed from now (and the site's latest
   * crawl).
   */
  public CrawlScheduleJson save(long siteId, CrawlScheduleInput input, String actor) {
    requireSite(siteId);
    if (input == null) {
      throw new nl.wmebv.service.api.InvalidInputException(
          "the body must be a JSON object with cron or interval");
    }
    ScheduleSpec spec = ScheduleSpec.parse(input.cron(), input.interval(), input.zone());
    boolean enabled = input.enabled() == null || input.enabled();
    CrawlScheduleDao dao = jdbi.onDemand(CrawlScheduleDao.class);
    Instant now = clock.instant();
    Instant lastStart = dao.lastCrawlStart(siteId).map(OffsetDateTime::toInstant).orElse(null);
    OffsetDateTime next = enabled ? utc(spec.next(now, lastStart)) : null;
    Optional<CrawlScheduleRow> before = dao.find(siteId);
    Long watchSeconds = watchSeconds(input.channelWatch(), before);
    // a watch set anew (or changed) first runs one interval from now: the site's crawl has just
    // been set up
    OffsetDateTime watchNext =
        watchSeconds == null
            ? null
            : before
                .filter(b -> watchSeconds.equals(b.watchIntervalSeconds()))
                .map(CrawlScheduleRow::watchNextRunAt)
                .orElse(utc(now.plusSeconds(watchSeconds)));
    CrawlScheduleRow saved =
        dao.save(
            siteId,
            spec.cron(),
            spec.interval() == null ? null : spec.interval().toSeconds(),
            spec.zone().getId(),
            enabled,
            next,
            actor,
            watchSeconds,
            watchNext);
    LOG.info(
        "Crawl schedule of site {} set by {}: {}{}, next run {}",
        siteId,
        actor,
        spec.cron() != null
            ? "cron " + spec.cron() + " (" + spec.zone() + ")"
            : "every " + spec.interval(),
        enabled ? "" : " (disabled)",
        next);
    return JsonRows.crawlSchedule(saved);
  }

  /**
   * The channel watch's interval in seconds, or null (off): "off", an ISO-8601 duration of at least
   * an hour, or left out (as it was; daily for a new schedule).
   */
  private static Long watchSeconds(String input, Optional<CrawlScheduleRow> before) {
    if (input == null) {
      return before.isPresent()
          ? before.get().watchIntervalSeconds()
          : Long.valueOf(DEFAULT_WATCH.toSeconds());
    }
    if ("off".equalsIgnoreCase(input.strip())) {
      return null;
    }
    Duration every;
    try {
      every = Duration.parse(input.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "channelWatch: '" + input + "' is not an ISO-8601 duration (e.g. P1D) or \"off\"");
    }
    if (every.compareTo(MIN_WATCH) < 0) {
      throw new InvalidInputException("channelWatch: " + input + " is too often; at least PT1H");
    }
    return every.toSeconds();
  }

  /**
   * The check: triggers every due schedule once. Returns what happened per site, for logs and
   * tests.
   */
  public List<Trigger> runDue() {
    CrawlScheduleDao dao = jdbi.onDemand(CrawlScheduleDao.class);
    Instant now = clock.instant();
    return dao.due(utc(now)).stream()
        .map(s -> trigger(dao, s, now))
        .flatMap(Optional::stream)
        .toList();
  }

  /** What one due schedule did. */
  public record Trigger(long siteId, String result, Long runId) {}

  /** The watch check: triggers every due channel watch once. Returns what happened per site. */
  public List<Trigger> runDueWatches() {
    CrawlScheduleDao dao = jdbi.onDemand(CrawlScheduleDao.class);
    Instant now = clock.instant();
    return dao.watchDue(utc(now)).stream()
        .map(s -> triggerWatch(dao, s, now))
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<Trigger> triggerWatch(
      CrawlScheduleDao dao, CrawlScheduleRow schedule, Instant now) {
    long siteId = schedule.siteId();
    Instant next = now.plusSeconds(schedule.watchIntervalSeconds());
    if (dao.claimWatch(siteId, schedule.watchNextRunAt(), utc(next)) == 0) {
      return Optional.empty();
    }
    Trigger t;
    try {
      CrawlRunRow run = crawls.startWatch(siteId);
      LOG.info("Scheduled channel watch of site {}: run {} queued", siteId, run.id());
      t = new Trigger(siteId, "STARTED run " + run.id(), run.id());
    } catch (CrawlAlreadyRunningException e) {
      // the crawl that runs checks every page anyway
      LOG.info("Scheduled channel watch of site {} skipped: {}", siteId, e.getMessage());
      t = new Trigger(siteId, "SKIPPED: " + e.getMessage(), null);
    } catch (RuntimeException e) {
      LOG.info("Scheduled channel watch of site {} not started: {}", siteId, e.getMessage());
      t = new Trigger(siteId, "SKIPPED: " + e.getMessage(), null);
    }
    dao.recordWatchResult(siteId, t.runId(), t.result());
    return Optional.of(t);
  }

  private Optional<Trigger> trigger(CrawlScheduleDao dao, CrawlScheduleRow schedule, Instant now) {
    long siteId = schedule.siteId();
    Optional<CrawlRunRow> running = jdbi.onDemand(CrawlRunDao.class).running(siteId);
    if (running.isPresent() && CrawlKind.CHANNEL_WATCH.code().equals(running.get().kind())) {
      return Optional
          .empty(); // a watch takes minutes; the crawl starts at the next check rather than a week
      // later
    }
    ScheduleSpec spec =
        ScheduleSpec.stored(schedule.cron(), schedule.intervalSeconds(), schedule.zone());
    Instant next = spec.next(now, now);
    if (dao.claim(siteId, schedule.nextRunAt(), utc(next)) == 0) {
      return Optional.empty(); // another check moved it on: it is triggered there
    }
    Trigger t = startOrResume(siteId);
    dao.recordResult(siteId, t.runId(), t.result());
    return Optional.of(t);
  }

  private Trigger startOrResume(long siteId) {
    CrawlRunRow latest =
        jdbi.onDemand(CrawlRunDao.class).latestOfKind(siteId, CrawlKind.CRAWL.code()).orElse(null);
    try {
      if (latest != null && "STOPPED".equals(latest.status()) && latest.state() != null) {
        try {
          CrawlRunRow resumed = crawls.resume(latest.id());
          LOG.info(
              "Scheduled crawl of site {}: stopped run {} queued to resume from its checkpoint",
              siteId,
              latest.id());
          return new Trigger(siteId, "RESUMED run " + latest.id(), resumed.id());
        } catch (IllegalStateException e) {
          LOG.info(
              "Scheduled crawl of site {}: run {} cannot be resumed ({}); starting a new crawl",
              siteId,
              latest.id(),
              e.getMessage());
        }
      }
      CrawlRunRow run = crawls.start(siteId);
      LOG.info("Scheduled crawl of site {}: run {} queued", siteId, run.id());
      return new Trigger(siteId, "STARTED run " + run.id(), run.id());
    } catch (CrawlAlreadyRunningException e) {
      LOG.info("Scheduled crawl of site {} skipped: {}", siteId, e.getMessage());
      return new Trigger(siteId, "SKIPPED: " + e.getMessage(), null);
    } catch (RuntimeException e) {
      LOG.error("Scheduled crawl of site {} could not start", siteId, e);
      return new Trigger(siteId, "FAILED: " + e.getMessage(), null);
    }
  }

  private void requireSite(long siteId) {
    if (jdbi.onDemand(SiteDao.class).find(siteId).isEmpty()) {
      throw new UnknownEntityException("No site with id " + siteId);
    }
  }

  private static OffsetDateTime utc(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }
}
