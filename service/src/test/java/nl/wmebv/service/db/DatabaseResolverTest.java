package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import nl.wmebv.service.config.WmebvConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseResolverTest {
  @TempDir Path dir;

  @Test
  void embeddedStartsAPersistentPostgresInTheDataDirectory() throws Exception {
    WmebvConfiguration config = new WmebvConfiguration();
    config.getDataSourceFactory().setUrl("embedded");
    config.getEmbeddedDatabase().setDataDirectory(dir.resolve("pg").toString());

    DataSourceFactory factory = resolve(config);

    assertThat(factory.getUrl()).startsWith("jdbc:postgresql://localhost:");
    assertThat(Files.exists(dir.resolve("pg").resolve("PG_VERSION"))).isTrue();
    try (Connection c = DriverManager.getConnection(factory.getUrl(), "postgres", "")) {
      assertThat(c.isValid(5)).isTrue();
    }
    assertThat(resolve(config)).as("resolving twice changes nothing").isSameAs(factory);
    assertThat(factory.getUrl()).startsWith("jdbc:postgresql://localhost:");
  }

  @Test
  void aHerokuStyleUrlBecomesJdbcWithCredentials() {
    WmebvConfiguration config = new WmebvConfiguration();
    config
        .getDataSourceFactory()
        .setUrl("postgres://wmebv:s%40cret@db.example:6543/inventaris?sslmode=require");

    DataSourceFactory factory = resolve(config);

    assertThat(factory.getUrl())
        .isEqualTo("jdbc:postgresql://db.example:6543/inventaris?sslmode=require");
    assertThat(factory.getUser()).isEqualTo("wmebv");
    assertThat(factory.getPassword()).isEqualTo("s@cret");
    assertThat(DatabaseUrls.redact("postgres://wmebv:secret@db/x")).doesNotContain("secret");
  }

  @Test
  void anUnreachableDatabaseFailsWithAClearMessage() {
    PGSimpleDataSource unreachable = new PGSimpleDataSource();
    unreachable.setUrl("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2");
    assertThatThrownBy(() -> Migrator.migrate(unreachable, "jdbc:postgresql://127.0.0.1:1/nowhere"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/nowhere");
  }

  /**
   * The way the service resolves its configuration: the data source plus the embedded-database
   * settings.
   */
  private static DataSourceFactory resolve(WmebvConfiguration config) {
    return config.database();
  }
}
