package nl.wmebv.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.wmebv.service.db.CommentingTemplateEngine;
import nl.wmebv.service.db.Migrator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database on the test PostgreSQL server ({@link TestPostgres}: a configured one,
 * the local one, or an embedded one), created per test class and dropped afterwards.
 */
public final class TestDatabase implements AutoCloseable {
  private static String template;

  private final TestPostgres server;
  private final String name;
  private final PGSimpleDataSource dataSource;

  private TestDatabase(TestPostgres server, String name) {
    this.server = server;
    this.name = name;
    this.dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url());
    dataSource.setUser(server.user());
  }

  /** Creates an empty database (no migrations). */
  public static TestDatabase createEmpty() {
    return createEmpty(TestPostgres.get());
  }

  static TestDatabase createEmpty(TestPostgres server) {
    String name = newName();
    admin(server, "CREATE DATABASE " + name);
    return new TestDatabase(server, name);
  }

  /**
   * Creates a database with the real migrations applied: a copy of this JVM's template database,
   * which the real migrations built once (Liquibase per test class took seconds each).
   */
  public static TestDatabase createMigrated() {
    TestPostgres server = TestPostgres.get();
    String name = newName();
    admin(server, "CREATE DATABASE " + name + " TEMPLATE " + template(server));
    return new TestDatabase(server, name);
  }

  /** The migrated template of this JVM, built on first use and dropped when the JVM ends. */
  private static synchronized String template(TestPostgres server) {
    if (template == null) {
      TestDatabase db = createEmpty(server);
      Migrator.migrate(db.dataSource, db.url());
      // nobody connects to it (CREATE DATABASE ... TEMPLATE refuses a template with sessions)
      admin(server, "ALTER DATABASE " + db.name + " WITH ALLOW_CONNECTIONS false");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(db), "drop-test-template"));
      template = db.name;
    }
    return template;
  }

  private static void dropQuietly(TestDatabase db) {
    try {
      db.close();
    } catch (IllegalStateException e) {
      // the server went first (an embedded one stops with the JVM too): nothing is left behind
    }
  }

  private static String newName() {
    return "wmebv_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  public String url() {
    return server.url(name);
  }

  /** The user to connect as (no password). */
  public String user() {
    return server.user();
  }

  public PGSimpleDataSource dataSource() {
    return dataSource;
  }

  public Jdbi jdbi() {
    // the service's template engine, so the DAO tests run the statements as the service renders
    // them
    return Jdbi.create(dataSource)
        .installPlugin(new SqlObjectPlugin())
        .setTemplateEngine(new CommentingTemplateEngine());
  }

  @Override
  public void close() {
    admin(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(TestPostgres server, String sql) {
    try (Connection c = DriverManager.getConnection(server.url("postgres"), server.user(), "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Test PostgreSQL at "
              + server.host()
              + ":"
              + server.port()
              + " (user "
              + server.user()
              + ", "
              + server.origin()
              + ") is needed for this test: "
              + e.getMessage(),
          e);
    }
  }
}
