package nl.wmebv.service.core.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.wmebv.service.api.CrawlScheduleInput;
import nl.wmebv.service.api.CrawlScheduleJson;
import nl.wmebv.service.core.CrawlAlreadyRunningException;
import nl.wmebv.service.core.CrawlService;
import nl.wmebv.service.core.JsonRows;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.CrawlRunRow;
import nl.wmebv.service.db.CrawlScheduleDao;
import nl.wmebv.service.db.CrawlScheduleRow;
import nl.wmebv.service.db.SiteDao;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Site crawl schedules: read and save them, and {@link #runDue()}, the check the scheduler runs: every enabled
 * schedule whose time has come enqueues its site's crawl (any instance with a free crawl slot takes it), or
 * re-enqueues the site's latest run when that run was STOPPED (cut off by a restart) so it resumes and nothing is
 * crawled twice; a site whose crawl is still queued or running is skipped and logged. Each due run is claimed by
 * moving next_run_at first, so it triggers once.
 */
public class CrawlSchedules {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlSchedules.class);

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
    return jdbi.onDemand(CrawlScheduleDao.class).find(siteId).map(JsonRows::crawlSchedule)
        .orElseGet(() -> CrawlScheduleJson.none(siteId));
  }

  /** Validates and saves the schedule; the next run is computed from now (and the site's latest crawl). */
  public CrawlScheduleJson save(long siteId, CrawlScheduleInput input, String actor) {
    requireSite(siteId);
    if (input == null) {
      throw new nl.wmebv.service.api.InvalidInputException("the body must be a JSON object with cron or interval");
    }
    ScheduleSpec spec = ScheduleSpec.parse(input.cron(), input.interval(), input.zone());
    boolean enabled = input.enabled() == null || input.enabled();
    CrawlScheduleDao dao = jdbi.onDemand(CrawlScheduleDao.class);
    Instant now = clock.instant();
    Instant lastStart = dao.lastCrawlStart(siteId).map(OffsetDateTime::toInstant).orElse(null);
    OffsetDateTime next = enabled ? utc(spec.next(now, lastStart)) : null;
    CrawlScheduleRow saved = dao.save(siteId, spec.cron(), spec.interval() == null ? null : spec.interval().toSeconds(),
        spec.zone().getId(), enabled, next, actor);
    LOG.info("Crawl schedule of site {} set by {}: {}{}, next run {}", siteId, actor,
        spec.cron() != null ? "cron " + spec.cron() + " (" + spec.zone() + ")" : "every " + spec.interval(),
        enabled ? "" : " (disabled)", next);
    return JsonRows.crawlSchedule(saved);
  }

  /** The check: triggers every due schedule once. Returns what happened per site, for logs and tests. */
  public List<Trigger> runDue() {
    CrawlScheduleDao dao = jdbi.onDemand(CrawlScheduleDao.class);
    Instant now = clock.instant();
    return dao.due(utc(now)).stream().map(s -> trigger(dao, s, now)).flatMap(Optional::stream).toList();
  }

  /** What one due schedule did. */
  public record Trigger(long siteId, String result, Long runId) {}

  private Optional<Trigger> trigger(CrawlScheduleDao dao, CrawlScheduleRow schedule, Instant now) {
    long siteId = schedule.siteId();
    ScheduleSpec spec = ScheduleSpec.stored(schedule.cron(), schedule.intervalSeconds(), schedule.zone());
    Instant next = spec.next(now, now);
    if (dao.claim(siteId, schedule.nextRunAt(), utc(next)) == 0) {
      return Optional.empty(); // another check moved it on: it is triggered there
    }
    Trigger t = startOrResume(siteId);
    dao.recordResult(siteId, t.runId(), t.result());
    return Optional.of(t);
  }

  private Trigger startOrResume(long siteId) {
    CrawlRunRow latest = jdbi.onDemand(CrawlRunDao.class).listBySite(siteId, 1).stream().findFirst().orElse(null);
    try {
      if (latest != null && "STOPPED".equals(latest.status()) && latest.state() != null) {
        try {
          CrawlRunRow resumed = crawls.resume(latest.id());
          LOG.info("Scheduled crawl of site {}: stopped run {} queued to resume from its checkpoint", siteId, latest.id());
          return new Trigger(siteId, "RESUMED run " + latest.id(), resumed.id());
        } catch (IllegalStateException e) {
          LOG.info("Scheduled crawl of site {}: run {} cannot be resumed ({}); starting a new crawl", siteId,
              latest.id(), e.getMessage());
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
