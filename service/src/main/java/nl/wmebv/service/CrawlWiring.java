package nl.wmebv.service;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import javax.sql.DataSource;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.crawl.AnalyzerFactory;
import nl.wmebv.service.core.crawl.ChannelMail;
import nl.wmebv.service.core.crawl.CrawlChangeReport;
import nl.wmebv.service.core.crawl.CrawlProblems;
import nl.wmebv.service.core.crawl.CrawlRuns;
import nl.wmebv.service.core.crawl.CrawlService;
import nl.wmebv.service.core.crawl.CrawlerFactory;
import nl.wmebv.service.core.crawl.InventoryMerger;
import nl.wmebv.service.core.crawl.PageVerdicts;
import nl.wmebv.service.core.mail.Mailer;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.schedule.CrawlScheduler;
import nl.wmebv.service.core.schedule.CrawlSchedules;
import nl.wmebv.service.core.upl.UplReference;
import nl.wmebv.service.db.ScFeedDao;
import nl.wmebv.service.resources.CrawlChangeResource;
import nl.wmebv.service.resources.CrawlResource;
import nl.wmebv.service.resources.CrawlScheduleResource;
import nl.wmebv.service.resources.SiteResource;
import nl.wmebv.service.resources.web.CrawlDetailPageResource;
import nl.wmebv.service.resources.web.CrawlsPageResource;
import nl.wmebv.service.resources.web.MunicipalityPagesResource;
import org.jdbi.v3.core.Jdbi;

/**
 * Crawls: running them in the background, merging them, schedules, change reports, their API and
 * pages.
 */
final class CrawlWiring {
  private CrawlWiring() {}

  static CrawlService register(
      WmebvConfiguration config,
      Environment environment,
      Jdbi jdbi,
      DataSource dataSource,
      MunicipalityService municipalities,
      UplReference upl,
      PageVerdicts verdicts) {
    CrawlerFactory crawlers =
        new CrawlerFactory(
            jdbi,
            config.getCrawler(),
            new AnalyzerFactory(
                config.getCrawler(),
                () -> upl.current().index(),
                verdicts,
                municipalityId ->
                    jdbi.withHandle(h -> h.attach(ScFeedDao.class).aanvraagUrls(municipalityId))));
    InventoryMerger merger = new InventoryMerger(jdbi, environment.getObjectMapper());
    CrawlChangeReport changes = new CrawlChangeReport(jdbi);
    ChannelMail mail = new ChannelMail(jdbi, changes, new Mailer(config.getMail()));
    CrawlService crawls =
        new CrawlService(
            jdbi,
            dataSource,
            config.getScheduler().instanceNameOrDefault(),
            crawlers,
            merger,
            environment.getObjectMapper(),
            java.time.Duration.ofSeconds(config.getCrawler().getDatabaseRetrySeconds()),
            mail);
    CrawlSchedules schedules = new CrawlSchedules(jdbi, crawls, Clock.systemUTC());
    // the scheduler's stop stops this instance's crawls first, so a shutdown does not wait for them
    environment
        .lifecycle()
        .manage(new CrawlScheduler(dataSource, config.getScheduler(), schedules, crawls));
    CrawlRuns runs = new CrawlRuns(jdbi);
    CrawlProblems problems = new CrawlProblems(jdbi);
    environment.jersey().register(new CrawlResource(crawls, runs, problems));
    environment.jersey().register(new CrawlScheduleResource(schedules));
    environment.jersey().register(new SiteResource(municipalities));
    environment
        .jersey()
        .register(
            new MunicipalityPagesResource(
                municipalities, schedules, environment.getObjectMapper()));
    environment.jersey().register(new CrawlChangeResource(changes));
    environment.jersey().register(new CrawlsPageResource(municipalities, crawls, runs));
    environment.jersey().register(new CrawlDetailPageResource(changes, runs, problems));
    return crawls;
  }
}
