package nl.wmebv.service.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.wmebv.crawler.CrawlConfig;
import nl.wmebv.crawler.Crawler;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.service.config.MailSettings;
import nl.wmebv.service.config.SchedulerSettings;
import nl.wmebv.service.core.crawl.ChannelMail;
import nl.wmebv.service.core.crawl.CrawlChangeReport;
import nl.wmebv.service.core.crawl.CrawlService;
import nl.wmebv.service.core.crawl.CrawlerFactory;
import nl.wmebv.service.core.crawl.InventoryMerger;
import nl.wmebv.service.core.mail.Mailer;
import nl.wmebv.service.core.schedule.CrawlScheduler;
import nl.wmebv.service.core.schedule.CrawlSchedules;
import nl.wmebv.service.db.CommentingTemplateEngine;
import nl.wmebv.service.db.SiteRow;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * One service instance: its own connections, crawl service and crawl scheduler (no schedule check).
 */
final class CrawlNode implements AutoCloseable {
  final KillableDataSource dataSource;
  final CrawlService crawls;
  final CrawlScheduler scheduler;
  final AtomicInteger delayMs = new AtomicInteger();

  /** HTML pages this instance fetched. */
  final AtomicInteger fetched = new AtomicInteger();

  private static final ObjectMapper JSON = Jackson.newObjectMapper();

  CrawlNode(String name, DataSource db) {
    this(name, db, 1);
  }

  CrawlNode(String name, DataSource db, int slots) {
    dataSource = new KillableDataSource(db);
    Jdbi jdbi =
        Jdbi.create(dataSource)
            .installPlugin(new SqlObjectPlugin())
            .setTemplateEngine(new CommentingTemplateEngine());
    PageAnalyzer counting =
        (url, doc, result) -> {
          fetched.incrementAndGet();
          result.accept(null);
        };
    CrawlerFactory crawlers =
        new CrawlerFactory(jdbi, new nl.wmebv.service.config.CrawlerSettings(), null) {
          @Override
          public Crawler create(SiteRow site, long runId) {
            return new Crawler(
                CrawlConfig.defaults(URI.create(site.baseUrl())).toBuilder()
                    .allowPrivateAddresses(true)
                    .delayMs(delayMs.get())
                    .threads(1)
                    .build(),
                counting);
          }
        };
    crawls =
        new CrawlService(
            jdbi,
            dataSource,
            name,
            crawlers,
            new InventoryMerger(jdbi, JSON),
            JSON,
            Duration.ofSeconds(1),
            new ChannelMail(
                jdbi, new CrawlChangeReport(jdbi), new Mailer(new MailSettings()))); // mail off
    SchedulerSettings settings = new SchedulerSettings();
    settings.setEnabled(false);
    settings.setCrawlSlots(slots);
    settings.setPollingInterval(io.dropwizard.util.Duration.milliseconds(200));
    settings.setHeartbeatInterval(io.dropwizard.util.Duration.milliseconds(300));
    settings.setMissedHeartbeats(4);
    scheduler =
        new CrawlScheduler(
            dataSource, settings, new CrawlSchedules(jdbi, crawls, Clock.systemUTC()), crawls);
    scheduler.start();
  }

  @Override
  public void close() {
    scheduler.stop();
  }
}
