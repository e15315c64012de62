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
 * A fresh, empty database on the test PostgreSQL server (127.0.0.1:5432, trust auth, or
 * WMEBV_TEST_PG_HOST/PORT/USER), created per test class and dropped afterwards.
 */
public final class TestDatabase implements AutoCloseable {
  public static final String HOST = env("WMEBV_TEST_PG_HOST", "127.0.0.1");
  public static final String PORT = env("WMEBV_TEST_PG_PORT", "5432");
  public static final String USER = env("WMEBV_TEST_PG_USER", "postgres");

  private final String name;
  private final PGSimpleDataSource dataSource;

  private TestDatabase(String name) {
    this.name = name;
    this.dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url());
    dataSource.setUser(USER);
  }

  /** Creates an empty database (no migrations). */
  public static TestDatabase createEmpty() {
    String name = "wmebv_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name);
    return new TestDatabase(name);
  }

  /** Creates a database with the real migrations applied. */
  public static TestDatabase createMigrated() {
    TestDatabase db = createEmpty();
    Migrator.migrate(db.dataSource, db.url());
    return db;
  }

  public String url() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
  }

  public PGSimpleDataSource dataSource() {
    return dataSource;
  }

  public Jdbi jdbi() {
    // the service's template engine, so the DAO tests run the statements as the service renders them
    return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).setTemplateEngine(new CommentingTemplateEngine());
  }

  @Override
  public void close() {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Test PostgreSQL at " + HOST + ":" + PORT + " (user " + USER
          + ") is needed for this test: " + e.getMessage(), e);
    }
  }

  private static String env(String key, String fallback) {
    String v = System.getenv(key);
    return v == null || v.isBlank() ? fallback : v;
  }
}
