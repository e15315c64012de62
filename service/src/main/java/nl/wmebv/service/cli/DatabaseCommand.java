package nl.wmebv.service.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.db.DatabaseUrls;
import nl.wmebv.service.db.Migrator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A command that works on the service's database (configured or embedded, migrated first) and
 * answers bad input (an unknown name, a missing file, a wrong argument) with one line instead of a
 * stack trace.
 */
abstract class DatabaseCommand extends ConfiguredCommand<WmebvConfiguration> {
  protected DatabaseCommand(String name, String description) {
    super(name, description);
  }

  /** The command's work, with the database ready. */
  protected abstract void run(Namespace namespace, WmebvConfiguration config, Jdbi jdbi)
      throws Exception;

  @Override
  protected final void run(
      Bootstrap<WmebvConfiguration> bootstrap, Namespace namespace, WmebvConfiguration config)
      throws Exception {
    DataSourceFactory database = config.database();
    ManagedDataSource dataSource = database.build(new MetricRegistry(), getName() + "-command");
    try {
      dataSource.start();
      Migrator.migrate(dataSource, DatabaseUrls.redact(database.getUrl()));
      run(namespace, config, Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()));
    } finally {
      dataSource.stop();
    }
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    if (e instanceof IllegalArgumentException || e instanceof UnknownEntityException) {
      cli.getStdErr().println(getName() + ": " + e.getMessage());
    } else {
      super.onError(cli, namespace, e);
    }
  }
}
