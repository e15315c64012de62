package nl.wmebv.service.core.export;

import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.db.WeekStatusDao;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code product_week_status} filled: every product's channel status as of the end of each
 * completed ISO week, stored for the weeks in which it changed, up to the last week that ended at
 * least a day ago.
 *
 * <p>It only speeds up {@link InventoryExport#progress}: that query computes whatever the snapshot
 * does not cover (a product without a snapshot, one linked to another page since, the weeks after
 * the snapshot) from the audit trail and the observations, with {@link
 * WeekStatusDao#STATUS_AT_WEEK_END} as here, so the figures never depend on a fill having run. A
 * fill runs once a week per municipality (the first request after a week is done) and then also
 * recomputes the products linked to another page since. One fill at a time per municipality (an
 * advisory lock): service instances sharing the database can race for it, the others skip it, and
 * its inserts tolerate rows that exist already (ON CONFLICT).
 */
public class WeekStatusSnapshot {
  private static final Logger LOG = LoggerFactory.getLogger(WeekStatusSnapshot.class);

  private final Jdbi jdbi;

  public WeekStatusSnapshot(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Brings the municipality's snapshot up to the last completed week; a one-row lookup when that
   * was done already. A failure is logged and otherwise ignored: the progress query then computes
   * the missing weeks itself.
   */
  public void fill(long municipalityId) {
    String zone = DutchTime.ZONE.getId();
    try {
      if (jdbi.withExtension(WeekStatusDao.class, dao -> dao.due(municipalityId, zone))) {
        jdbi.useTransaction(
            h -> {
              WeekStatusDao dao = h.attach(WeekStatusDao.class);
              // another request or instance filling it already: this one computes the missing weeks
              // meanwhile
              if (!dao.tryLock(municipalityId)) {
                return;
              }
              dao.dropStale(municipalityId);
              dao.extend(municipalityId, zone);
              dao.done(municipalityId, zone);
            });
      }
    } catch (JdbiException e) {
      LOG.warn(
          "Could not fill the weekly status snapshot of municipality {}; computing it per request",
          municipalityId,
          e);
    }
  }
}
