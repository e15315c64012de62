package nl.wmebv.service.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Applies pending Liquibase migrations from the classpath (migrations/changelog.xml). */
public final class Migrator {
  /** The changelog on the classpath; the top-level migrations/ folder is packaged there. */
  public static final String CHANGELOG = "migrations/changelog.xml";

  static {
    // keep start-up output to our own log lines
    System.setProperty("liquibase.analytics.enabled", "false");
    System.setProperty("liquibase.showBanner", "false");
    System.setProperty("liquibase.showSummaryOutput", "log");
  }

  private Migrator() {}

  /**
   * Brings the schema up to date; fails with a clear message when the database cannot be reached.
   */
  public static void migrate(DataSource dataSource, String description) {
    try (Connection connection = connect(dataSource, description)) {
      // Liquibase caches "up to date" and the applied change sets per database URL; after a
      // rollback in
      // the same JVM that cache lies, so read the database afresh every time
      Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
      Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      try (Liquibase liquibase =
          new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
        liquibase.update(new Contexts(), new LabelExpression());
      }
    } catch (SQLException | LiquibaseException e) {
      throw new IllegalStateException(
          "Database migration failed on " + description + ": " + e.getMessage(), e);
    } catch (Exception e) {
      if (e instanceof IllegalStateException ise) {
        throw ise;
      }
      throw new IllegalStateException(
          "Database migration failed on " + description + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect(DataSource dataSource, String description) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot connect to the database at " + description + ": " + e.getMessage(), e);
    }
  }
}
