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
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Map;
import nl.wmebv.service.cli.DemoCommand;
import nl.wmebv.service.cli.ExportCommand;
import nl.wmebv.service.cli.ImportScCommand;
import nl.wmebv.service.cli.UserCommand;
import nl.wmebv.service.config.CredentialLogFilter;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.auth.MunicipalityScopes;
import nl.wmebv.service.core.auth.UserService;
import nl.wmebv.service.core.crawl.CrawlService;
import nl.wmebv.service.core.crawl.PageVerdicts;
import nl.wmebv.service.core.demo.DemoSetup;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.upl.UplReference;
import nl.wmebv.service.db.CommentingTemplateEngine;
import nl.wmebv.service.db.DatabaseUrls;
import nl.wmebv.service.db.Migrator;
import nl.wmebv.service.resources.SecurityHeaders;
import nl.wmebv.service.resources.web.WebPages;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;
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
    // ${DATABASE_URL:-} and friends in config.yml; strict=false so unset variables take their
    // default
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    bootstrap.addBundle(
        new MigrationsBundle<>() {
          @Override
          public DataSourceFactory getDataSourceFactory(WmebvConfiguration configuration) {
            return configuration.database();
          }

          @Override
          public String getMigrationsFileName() {
            return Migrator.CHANGELOG;
          }
        });
    bootstrap.addBundle(
        new ViewBundle<>() {
          @Override
          public Map<String, Map<String, String>> getViewConfiguration(
              WmebvConfiguration configuration) {
            // 2.3.33+ lets templates read record components like properties (e.municipality.name);
            // auto-escaping comes from the .ftlh extension. FreeMarker cannot format java.time, so
            // templates
            // write times with PageView.dateTime/date (DutchTime); the time zone is for anything
            // FreeMarker
            // formats itself (java.util.Date, .now), which would otherwise come out in the JVM's
            // zone.
            return Map.of(
                "freemarker",
                Map.of(
                    "incompatible_improvements",
                    "2.3.34",
                    "template_exception_handler",
                    "rethrow",
                    "object_wrapper",
                    "DefaultObjectWrapper(2.3.34)",
                    "time_zone",
                    DutchTime.ZONE.getId()));
          }
        });
    // ISO-8601 dates in the API, not epoch numbers
    bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    // a key given twice is a mistake, not "the last one wins"; a number is no boolean ("enabled":
    // -1)
    bootstrap
        .getObjectMapper()
        .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    bootstrap
        .getObjectMapper()
        .coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Boolean)
        .setCoercion(
            com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
    bootstrap.addBundle(new AssetsBundle("/assets", "/assets", null, "assets"));
    bootstrap.addBundle(
        new AssetsBundle(
            "/META-INF/resources/webjars/htmx.org/2.0.10/dist", "/webjars/htmx", null, "htmx"));
    bootstrap.addCommand(new DemoCommand(this));
    bootstrap.addCommand(new ImportScCommand());
    bootstrap.addCommand(new UserCommand());
    bootstrap.addCommand(new ExportCommand());
  }

  @Override
  public void run(WmebvConfiguration config, Environment environment) {
    CredentialLogFilter.install(); // before anything can log a request header
    DataSourceFactory database = config.database();
    ManagedDataSource dataSource = database.build(environment.metrics(), "postgresql");
    if (dataSource instanceof DataSourceProxy pool) {
      // without the facade every ResultSet getter goes through a reflective proxy (a seventh of the
      // CPU of a
      // product list); the facade only makes Statement#getConnection return the pooled proxy, which
      // nothing uses
      pool.getPoolProperties().setUseStatementFacade(false);
    }
    Migrator.migrate(dataSource, DatabaseUrls.redact(database.getUrl()));
    Jdbi jdbi = new JdbiFactory().build(environment, database, dataSource, "postgresql");
    jdbi.setTemplateEngine(new CommentingTemplateEngine());
    ObjectMapper json = environment.getObjectMapper();

    environment
        .servlets()
        .addFilter("security-headers", new SecurityHeaders())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    UserService users = AuthWiring.register(config, environment, jdbi);
    MunicipalityService municipalities = new MunicipalityService(jdbi);
    // one UPL for the crawl's analysis and the catalogue: a UPL uploaded through the API counts for
    // both
    UplReference upl = UplReference.load(config.getReference(), jdbi);
    PageVerdicts verdicts = new PageVerdicts(jdbi, json);
    CrawlService crawls =
        CrawlWiring.register(config, environment, jdbi, dataSource, municipalities, upl, verdicts);
    WebPages webPages =
        InventoryWiring.register(
            config.getInventory(), environment.jersey(), jdbi, json, municipalities, verdicts);
    CatalogueWiring.register(config, environment.jersey(), jdbi, municipalities, webPages, upl);
    DesignationWiring.register(environment.jersey(), jdbi, json, municipalities, webPages);
    if (config.getDemo().isEnabled()) {
      DemoSetup demo =
          new DemoSetup(
              config.getDemo(), municipalities, crawls, users, new MunicipalityScopes(jdbi));
      environment.lifecycle().manage(demo);
      environment
          .lifecycle()
          .addServerLifecycleListener(
              server -> {
                demo.crawlNow();
                LOG.info(
                    "Web view (demo): http://localhost:{}/", WebAddress.applicationPort(server));
              });
    }
  }
}
