package nl.wmebv.service.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import nl.wmebv.service.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.Tokens;
import nl.wmebv.service.core.auth.UserService;
import nl.wmebv.service.db.DatabaseResolver;
import nl.wmebv.service.db.DatabaseUrls;
import nl.wmebv.service.db.Migrator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** {@code user <username> <viewer|editor|admin> [config.yml]}: creates a user (or resets one) and prints a new password. */
public class UserCommand extends ConfiguredCommand<WmebvConfiguration> {
  public UserCommand() {
    super("user", "Creates a user, or gives an existing one a new password and role; prints the password");
  }

  @Override
  public void configure(Subparser subparser) {
    subparser.addArgument("username").help("login name: 2-64 of a-z 0-9 . _ @ -");
    subparser.addArgument("role").help("viewer, editor or admin");
    super.configure(subparser);
  }

  /** Bad input gets its one-line message, not a stack trace. */
  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    if (e instanceof IllegalArgumentException) {
      cli.getStdErr().println("user: " + e.getMessage());
    } else {
      super.onError(cli, namespace, e);
    }
  }

  @Override
  protected void run(Bootstrap<WmebvConfiguration> bootstrap, Namespace namespace, WmebvConfiguration config)
      throws Exception {
    Role role = Role.parse(namespace.getString("role"));
    DataSourceFactory database = DatabaseResolver.resolve(config);
    ManagedDataSource dataSource = database.build(new MetricRegistry(), "user-command");
    try {
      dataSource.start();
      Migrator.migrate(dataSource, DatabaseUrls.redact(database.getUrl()));
      Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
      String password = Tokens.password();
      new UserService(jdbi, config.getAuth().getSessionHours())
          .createOrReset(namespace.getString("username"), null, role, password);
      System.out.println("User '" + namespace.getString("username") + "' (" + role.name().toLowerCase()
          + ") has password: " + password);
    } finally {
      dataSource.stop();
    }
  }
}
