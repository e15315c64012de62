package nl.wmebv.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.migrations.MigrationsBundle;
import io.dropwizard.views.common.ViewBundle;
import nl.wmebv.service.cli.DemoCommand;
import nl.wmebv.service.cli.UserCommand;
import nl.wmebv.service.core.AnalyzerFactory;
import nl.wmebv.service.core.CrawlService;
import nl.wmebv.service.core.CrawlerFactory;
import nl.wmebv.service.core.DemoSetup;
import nl.wmebv.service.core.MunicipalityService;
import nl.wmebv.service.core.InventoryMerger;
import nl.wmebv.service.core.ActionService;
import nl.wmebv.service.core.ClusterService;
import nl.wmebv.service.core.ProductDetails;
import nl.wmebv.service.core.ProductService;
import nl.wmebv.service.resources.ActionResource;
import nl.wmebv.service.resources.ApiErrors;
import nl.wmebv.service.resources.AuditResource;
import nl.wmebv.service.resources.ClusterResource;
import nl.wmebv.service.resources.ClusterRuleResource;
import nl.wmebv.service.resources.CrawlResource;
import nl.wmebv.service.core.export.InventoryExport;
import nl.wmebv.service.resources.CrawlsPageResource;
import nl.wmebv.service.resources.web.DecisionForms;
import nl.wmebv.service.resources.web.InventoryPageResource;
import nl.wmebv.service.resources.web.ProductPageResource;
import nl.wmebv.service.resources.web.WebPages;
import nl.wmebv.service.resources.ProductListResource;
import nl.wmebv.service.resources.ProductResource;
import nl.wmebv.service.resources.HomeResource;
import nl.wmebv.service.resources.MunicipalityResource;
import nl.wmebv.service.db.DatabaseResolver;
import nl.wmebv.service.db.DatabaseUrls;
import nl.wmebv.service.db.Migrator;
import java.time.Clock;
import java.util.Map;
import nl.wmebv.service.core.auth.BasicCredentialCache;
import nl.wmebv.service.core.auth.LoginThrottle;
import nl.wmebv.service.core.auth.UserService;
import nl.wmebv.service.resources.auth.AuthFilter;
import nl.wmebv.service.resources.auth.CsrfFilter;
import nl.wmebv.service.resources.auth.LoginResource;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The WMEBV channel inventory service. */
public class WmebvApplication extends Application<WmebvConfiguration> {
  private static final Logger LOG = LoggerFactory.getLogger(WmebvApplication.class);

  public static void main(String[] args) throws Exception {
    new WmebvApplication().run(args);
  }

  @Override
  public String getName() {
    return "wmebv-inventaris";
  }

  @Override
  public void initialize(Bootstrap<WmebvConfiguration> bootstrap) {
    // ${DATABASE_URL:-} and friends in config.yml; strict=false so unset variables take their default
    bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
        bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    bootstrap.addBundle(new MigrationsBundle<>() {
      @Override
      public DataSourceFactory getDataSourceFactory(WmebvConfiguration configuration) {
        return DatabaseResolver.resolve(configuration);
      }

      @Override
      public String getMigrationsFileName() {
        return Migrator.CHANGELOG;
      }
    });
    bootstrap.addBundle(new ViewBundle<>() {
      @Override
      public Map<String, Map<String, String>> getViewConfiguration(WmebvConfiguration configuration) {
        // 2.3.33+ lets templates read record components like properties (e.municipality.name);
        // auto-escaping comes from the .ftlh extension
        return Map.of("freemarker", Map.of("incompatible_improvements", "2.3.34",
            "template_exception_handler", "rethrow", "object_wrapper", "DefaultObjectWrapper(2.3.34)"));
      }
    });
    // ISO-8601 dates in the API, not epoch numbers
    bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    bootstrap.addBundle(new AssetsBundle("/assets", "/assets", null, "assets"));
    bootstrap.addBundle(new AssetsBundle("/META-INF/resources/webjars/htmx.org/2.0.10/dist", "/webjars/htmx",
        null, "htmx"));
    bootstrap.addCommand(new DemoCommand(this));
    bootstrap.addCommand(new nl.wmebv.service.cli.ImportScCommand());
    bootstrap.addCommand(new UserCommand());
    bootstrap.addCommand(new nl.wmebv.service.cli.ExportCommand());
  }

  @Override
  public void run(WmebvConfiguration config, Environment environment) {
    DataSourceFactory database = DatabaseResolver.resolve(config);
    ManagedDataSource dataSource = database.build(environment.metrics(), "postgresql");
    Migrator.migrate(dataSource, DatabaseUrls.redact(database.getUrl()));
    Jdbi jdbi = new JdbiFactory().build(environment, database, dataSource, "postgresql");
    UserService users = registerAuth(config, environment, jdbi);
    MunicipalityService municipalities = new MunicipalityService(jdbi);
    CrawlService crawls = crawlService(config, environment, jdbi);
    environment.jersey().register(new MunicipalityResource(municipalities));
    environment.jersey().register(new CrawlResource(crawls, jdbi));
    environment.jersey().register(new CrawlsPageResource(municipalities, crawls, jdbi));
    nl.wmebv.service.resources.ScFeedResource.create(jdbi, config).forEach(environment.jersey()::register);
    // products, actions, clusters and the audit log (issue 5)
    ObjectMapper json = environment.getObjectMapper();
    ProductService products = new ProductService(jdbi, json);
    ProductDetails details = new ProductDetails(jdbi, json);
    ClusterService clusters = new ClusterService(jdbi, json);
    environment.jersey().register(new ProductListResource(products));
    environment.jersey().register(new ProductResource(products, details));
    environment.jersey().register(new AuditResource(details));
    ActionService actions = new ActionService(jdbi, json);
    environment.jersey().register(new ActionResource(actions));
    // web view pages (issue 6)
    WebPages webPages = new WebPages(details, jdbi);
    DecisionForms decisionForms = new DecisionForms(products, actions, json);
    environment.jersey().register(new ProductPageResource(webPages, decisionForms));
    // cluster sessions: plan, session mode, verslag (issue 6)
    nl.wmebv.service.core.SessionService sessions = new nl.wmebv.service.core.SessionService(jdbi, json);
    environment.jersey().register(new nl.wmebv.service.resources.web.SessionPagesResource(sessions, municipalities,
        webPages, decisionForms));
    environment.jersey().register(new nl.wmebv.service.resources.SessionResource(sessions));
    environment.jersey().register(new InventoryPageResource(municipalities, products, webPages, decisionForms, jdbi));
    environment.jersey().register(new ClusterResource(clusters));
    environment.jersey().register(new ClusterRuleResource(clusters));
    ApiErrors.register(environment.jersey());
    // scheduled crawls, change reports and exports (issue 7)
    nl.wmebv.service.core.schedule.CrawlSchedules schedules =
        new nl.wmebv.service.core.schedule.CrawlSchedules(jdbi, crawls, Clock.systemUTC());
    environment.lifecycle().manage(
        new nl.wmebv.service.core.schedule.CrawlScheduler(dataSource, config.getScheduler(), schedules));
    environment.jersey().register(new nl.wmebv.service.resources.CrawlScheduleResource(schedules));
    environment.jersey().register(new nl.wmebv.service.resources.CrawlChangeResource(
        new nl.wmebv.service.core.CrawlChangeReport(jdbi)));
    InventoryExport figures = new InventoryExport(jdbi);
    environment.jersey().register(new nl.wmebv.service.resources.ExportResource(figures, Clock.systemUTC()));
    environment.jersey().register(new HomeResource(municipalities, figures, jdbi));
    // designated channels register, consistency checks and the draft aanwijzingsbesluit (issue 8)
    nl.wmebv.service.core.designation.DesignationRegister designations =
        new nl.wmebv.service.core.designation.DesignationRegister(jdbi, json);
    nl.wmebv.service.core.designation.DesignationProposals proposals =
        new nl.wmebv.service.core.designation.DesignationProposals(jdbi, json);
    nl.wmebv.service.core.designation.RegisterChecks registerChecks =
        new nl.wmebv.service.core.designation.RegisterChecks(jdbi, json);
    nl.wmebv.service.core.designation.DecisionVersions decisionVersions =
        new nl.wmebv.service.core.designation.DecisionVersions(jdbi, json);
    environment.jersey().register(new nl.wmebv.service.resources.DesignationResource(designations, proposals,
        registerChecks));
    environment.jersey().register(new nl.wmebv.service.resources.DesignationDecisionResource(decisionVersions));
    environment.jersey().register(new nl.wmebv.service.resources.web.DesignationPageResource(municipalities,
        designations, proposals, registerChecks, decisionVersions));
    environment.jersey().register(new nl.wmebv.service.resources.web.ChannelPageResource(municipalities, designations,
        jdbi));
    environment.jersey().register(new nl.wmebv.service.resources.web.DecisionPageResource(municipalities,
        decisionVersions));
    // web view of the SC feed and the UPL, and the page of one crawl (issues 9 and 7)
    nl.wmebv.service.resources.ScFeedFacts feedFacts = new nl.wmebv.service.resources.ScFeedFacts(jdbi, config);
    environment.jersey().register(
        nl.wmebv.service.resources.web.CatalogusPageResource.create(municipalities, feedFacts, jdbi, config));
    webPages.useFeedFacts(new nl.wmebv.service.resources.web.FeedFactsLoader(feedFacts, jdbi));
    environment.jersey().register(new nl.wmebv.service.resources.web.CrawlDetailPageResource(
        new nl.wmebv.service.core.CrawlChangeReport(jdbi), jdbi));
    if (config.getDemo().isEnabled()) {
      DemoSetup demo = new DemoSetup(config.getDemo(), municipalities, crawls, users);
      environment.lifecycle().manage(demo);
      environment.lifecycle().addServerLifecycleListener(server -> {
        demo.crawlNow();
        LOG.info("Web view (demo): http://localhost:{}/", WebAddress.applicationPort(server));
      });
    }
  }

  /** Login for every page and API call; roles; CSRF tokens on every change made with the session cookie. */
  private static UserService registerAuth(WmebvConfiguration config, Environment environment, Jdbi jdbi) {
    UserService users = new UserService(jdbi, config.getAuth().getSessionHours());
    LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
    environment.jersey().register(new AuthFilter(users, new BasicCredentialCache(users, Clock.systemUTC()), throttle));
    environment.jersey().register(new CsrfFilter());
    environment.jersey().register(RolesAllowedDynamicFeature.class);
    environment.jersey().register(new LoginResource(users, throttle, config.getAuth().isSecureCookies()));
    return users;
  }

  private static CrawlService crawlService(WmebvConfiguration config, Environment environment, Jdbi jdbi) {
    ExecutorService executor = environment.lifecycle().executorService("crawl-%d").minThreads(2).maxThreads(2)
        .workQueue(new LinkedBlockingQueue<>()).build();
    CrawlerFactory crawlers = new CrawlerFactory(jdbi, config.getCrawler(), new AnalyzerFactory(config.getCrawler()));
    InventoryMerger merger = new InventoryMerger(jdbi, environment.getObjectMapper());
    CrawlService crawls = new CrawlService(jdbi, executor, crawlers, merger, environment.getObjectMapper());
    environment.lifecycle().manage(crawls);
    return crawls;
  }
}
