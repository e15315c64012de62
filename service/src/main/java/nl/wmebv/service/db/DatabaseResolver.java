package nl.wmebv.service.db;

import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import nl.wmebv.service.WmebvConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which PostgreSQL the service uses: the configured one when {@code database.url} (or
 * DATABASE_URL) names one, the embedded one when it says "embedded", and logs one line saying which.
 */
public final class DatabaseResolver {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseResolver.class);

  private static final Set<DataSourceFactory> RESOLVED = Collections.newSetFromMap(new IdentityHashMap<>());

  private DatabaseResolver() {}

  /** Completes the configuration's data source in place and returns it. */
  public static synchronized DataSourceFactory resolve(WmebvConfiguration config) {
    DataSourceFactory factory = config.getDataSourceFactory();
    if (RESOLVED.contains(factory)) {
      return factory; // the db commands and the server may both ask for the same configuration
    }
    String url = factory.getUrl();
    if (url == null || DatabaseUrls.isEmbedded(url)) {
      Path dir = Path.of(config.getEmbeddedDatabase().getDataDirectory());
      EmbeddedDatabase db = EmbeddedDatabase.start(dir, config.getEmbeddedDatabase().getPort());
      factory.setUrl(db.jdbcUrl());
      factory.setUser("postgres");
      factory.setPassword("");
      LOG.info("Database: embedded PostgreSQL, data in {}, port {} (set database.url or DATABASE_URL to use a server)",
          dir.toAbsolutePath().normalize(), db.port());
    } else {
      DatabaseUrls.Jdbc jdbc = DatabaseUrls.toJdbc(url);
      factory.setUrl(jdbc.url());
      if (jdbc.user() != null) {
        factory.setUser(jdbc.user());
      }
      if (jdbc.password() != null) {
        factory.setPassword(jdbc.password());
      }
      LOG.info("Database: configured PostgreSQL at {} as user {}", DatabaseUrls.redact(jdbc.url()), factory.getUser());
    }
    RESOLVED.add(factory);
    return factory;
  }
}
