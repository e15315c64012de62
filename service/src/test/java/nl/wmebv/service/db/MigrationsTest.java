package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import nl.wmebv.service.TestDatabase;
import org.junit.jupiter.api.Test;

class MigrationsTest {
  private static final List<String> TABLES =
      List.of(
          "municipality",
          "site",
          "cluster",
          "crawl_run",
          "page",
          "product",
          "page_observation",
          "action",
          "audit_event",
          "cluster_rule");

  @Test
  void migrationsApplyToAnEmptyDatabaseAndRollBackCompletely() throws Exception {
    try (TestDatabase db = TestDatabase.createEmpty()) {
      Migrator.migrate(db.dataSource(), db.url());
      assertThat(tables(db)).containsAll(TABLES);

      // applying again is a no-op
      Migrator.migrate(db.dataSource(), db.url());

      try (Connection c = db.dataSource().getConnection()) {
        Database database =
            DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        try (Liquibase lb =
            new Liquibase(Migrator.CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
          lb.rollback(changeSets(), (String) null);
        }
      }
      assertThat(tables(db)).doesNotContainAnyElementsOf(TABLES);

      // and forward again after the rollback
      Migrator.migrate(db.dataSource(), db.url());
      assertThat(tables(db)).containsAll(TABLES);
    }
  }

  /** One change set per included file: roll back every one of them. */
  private static int changeSets() throws Exception {
    try (var in = MigrationsTest.class.getClassLoader().getResourceAsStream(Migrator.CHANGELOG)) {
      String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return xml.split("<include ", -1).length - 1;
    }
  }

  private static List<String> tables(TestDatabase db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                    .mapTo(String.class)
                    .list());
  }
}
