package nl.wmebv.service;

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
import nl.wmebv.service.core.MunicipalityService;
import nl.wmebv.service.resources.MunicipalityResource;
import nl.wmebv.service.db.DatabaseResolver;
import nl.wmebv.service.db.DatabaseUrls;
import nl.wmebv.service.db.Migrator;
import org.jdbi.v3.core.Jdbi;

/** The WMEBV channel inventory service. */
public class WmebvApplication extends Application<WmebvConfiguration> {

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
    bootstrap.addBundle(new ViewBundle<>());
    bootstrap.addBundle(new AssetsBundle("/assets", "/assets", null, "assets"));
    bootstrap.addBundle(new AssetsBundle("/META-INF/resources/webjars/htmx.org/2.0.10/dist", "/webjars/htmx",
        null, "htmx"));
    bootstrap.addCommand(new DemoCommand(this));
  }

  @Override
  public void run(WmebvConfiguration config, Environment environment) {
    DataSourceFactory database = DatabaseResolver.resolve(config);
    ManagedDataSource dataSource = database.build(environment.metrics(), "postgresql");
    Migrator.migrate(dataSource, DatabaseUrls.redact(database.getUrl()));
    Jdbi jdbi = new JdbiFactory().build(environment, database, dataSource, "postgresql");
    MunicipalityService municipalities = new MunicipalityService(jdbi);
    environment.jersey().register(new MunicipalityResource(municipalities));
  }
}
