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
    String name = "wmebv_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin(server, "CREATE DATABASE " + name);
    return new TestDatabase(server, name);
  }

  /** Creates a database with the real migrations applied. */
  public static TestDatabase createMigrated() {
    TestDatabase db = createEmpty();
    Migrator.migrate(db.dataSource, db.url());
    return db;
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
