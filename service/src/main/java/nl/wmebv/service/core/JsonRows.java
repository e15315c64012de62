package nl.wmebv.service.core;

import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.ClusterRuleJson;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.api.CrawlScheduleJson;
import nl.wmebv.service.api.ObservationJson;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.api.WebPageJson;
import nl.wmebv.service.db.ActionRow;
import nl.wmebv.service.db.ClusterRuleRow;
import nl.wmebv.service.db.ClusterSessionRow;
import nl.wmebv.service.db.CrawlRunRow;
import nl.wmebv.service.db.CrawlScheduleRow;
import nl.wmebv.service.db.ObservationRow;
import nl.wmebv.service.db.PageRow;
import nl.wmebv.service.db.ProductViewRow;

/**
 * The API records built from the database rows: the one place where a row becomes the outer
 * contract.
 */
public final class JsonRows {
  private JsonRows() {}

  public static ActionJson action(ActionRow a) {
    return new ActionJson(
        a.id(),
        a.productId(),
        a.type(),
        a.description(),
        a.owner(),
        a.deadline(),
        a.status(),
        a.version(),
        a.createdAt(),
        a.updatedAt());
  }

  public static ClusterRuleJson clusterRule(ClusterRuleRow r) {
    return new ClusterRuleJson(r.id(), r.clusterId(), r.kind(), r.pattern(), r.position());
  }

  public static CrawlRunJson crawlRun(CrawlRunRow r) {
    return new CrawlRunJson(
        r.id(),
        r.siteId(),
        r.status(),
        r.startedAt(),
        r.finishedAt(),
        r.pages(),
        r.errors(),
        r.skipped(),
        r.queued(),
        r.failure(),
        r.instance(),
        r.kind(),
        r.pagesNotRequested());
  }

  public static CrawlScheduleJson crawlSchedule(CrawlScheduleRow r) {
    return new CrawlScheduleJson(
        r.siteId(),
        true,
        r.cron(),
        r.intervalSeconds() == null
            ? null
            : java.time.Duration.ofSeconds(r.intervalSeconds()).toString(),
        r.zone(),
        r.enabled(),
        r.enabled() ? r.nextRunAt() : null,
        r.lastTriggeredAt(),
        r.lastRunId(),
        r.lastResult(),
        r.updatedAt(),
        r.updatedBy(),
        r.watchIntervalSeconds() == null ? null : watchInterval(r.watchIntervalSeconds()),
        r.watchIntervalSeconds() == null ? null : r.watchNextRunAt(),
        r.watchLastRunId(),
        r.watchLastResult());
  }

  /** Whole days as P1D (as they are written), other intervals as Duration writes them (PT6H). */
  private static String watchInterval(long seconds) {
    return seconds % 86_400 == 0
        ? "P" + seconds / 86_400 + "D"
        : java.time.Duration.ofSeconds(seconds).toString();
  }

  public static ObservationJson observation(ObservationRow o) {
    return new ObservationJson(
        o.crawlRunId(), o.httpStatus(), o.channelStatus(), o.changed(), o.error(), o.observedAt());
  }

  public static ProductJson product(ProductViewRow r) {
    return new ProductJson(
        r.id(),
        r.municipalityId(),
        r.name(),
        r.uniformName(),
        r.uplUri(),
        r.audience(),
        r.url(),
        r.clusterId(),
        r.clusterName(),
        r.clusterSetByPerson(),
        r.inScope(),
        r.messageTypes() == null ? java.util.List.of() : r.messageTypes(),
        r.detectedChannelStatus(),
        r.channelStatusOverride(),
        r.channelStatus(),
        r.textStatus(),
        r.notes(),
        r.isNew(),
        r.needsReview(),
        r.isGone(),
        r.reviewReason(),
        r.openActions(),
        r.version(),
        r.createdAt(),
        r.updatedAt(),
        r.organ(),
        OrganProposal.propose(r.name(), r.uniformName()).code(),
        r.ownerEmail());
  }

  public static SessionJson session(ClusterSessionRow r) {
    return new SessionJson(
        r.id(),
        r.municipalityId(),
        r.municipalityName(),
        r.clusterId(),
        r.clusterName(),
        r.plannedAt(),
        r.participants(),
        r.status(),
        r.startedAt(),
        r.finishedAt(),
        r.createdBy(),
        r.decisions());
  }

  public static WebPageJson webPage(PageRow p) {
    return new WebPageJson(
        p.id(),
        p.url(),
        p.finalUrl(),
        p.httpStatus(),
        p.title(),
        p.error(),
        p.firstSeenAt(),
        p.lastSeenAt(),
        p.lastCrawlRunId());
  }
}
