package nl.wmebv.service.db;

import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which PostgreSQL the service uses: the configured one when {@code database.url} (or
 * DATABASE_URL) names one, the embedded one when it says "embedded", and logs one line saying
 * which.
 */
public final class DatabaseResolver {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseResolver.class);

  private static final Set<DataSourceFactory> RESOLVED =
      Collections.newSetFromMap(new IdentityHashMap<>());

  private DatabaseResolver() {}

  /**
   * Completes the data source in place and returns it; an embedded database keeps its files in
   * {@code embeddedDataDirectory} and listens on {@code embeddedPort}.
   */
  public static synchronized DataSourceFactory resolve(
      DataSourceFactory factory, Path embeddedDataDirectory, int embeddedPort) {
    if (RESOLVED.contains(factory)) {
      return factory; // the db commands and the server may both ask for the same configuration
    }
    String url = factory.getUrl();
    if (url == null || DatabaseUrls.isEmbedded(url)) {
      Path dir = embeddedDataDirectory;
      EmbeddedDatabase db = EmbeddedDatabase.start(dir, embeddedPort);
      factory.setUrl(db.jdbcUrl());
      factory.setUser("postgres");
      factory.setPassword("");
      LOG.info(
          "Database: embedded PostgreSQL, data in {}, port {} (set database.url or DATABASE_URL to use a server)",
          dir.toAbsolutePath().normalize(),
          db.port());
    } else {
      DatabaseUrls.Jdbc jdbc = DatabaseUrls.toJdbc(url);
      factory.setUrl(jdbc.url());
      if (jdbc.user() != null) {
        factory.setUser(jdbc.user());
      }
      if (jdbc.password() != null) {
        factory.setPassword(jdbc.password());
      }
      LOG.info(
          "Database: configured PostgreSQL at {} as user {}",
          DatabaseUrls.redact(jdbc.url()),
          factory.getUser());
    }
    RESOLVED.add(factory);
    return factory;
  }
}
