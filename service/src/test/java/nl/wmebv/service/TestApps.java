package nl.wmebv.service;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.config.WmebvConfiguration;

/** The service as tests start it: the real config.yml on a test database, on free ports. */
public final class TestApps {
  private static final String POLLING_INTERVAL = "scheduler.pollingInterval";
  private static final String TEST_POLLING_INTERVAL = "200ms";

  private TestApps() {}

  /** The service on {@code db}; {@code overrides} are config key/value pairs. */
  public static DropwizardAppExtension<WmebvConfiguration> app(
      TestDatabase db, String... overrides) {
    return app(db.url(), db.user(), overrides);
  }

  /**
   * The service on the database at JDBC {@code url} (a server the test starts and stops itself).
   */
  public static DropwizardAppExtension<WmebvConfiguration> app(
      String url, String user, String... overrides) {
    List<ConfigOverride> all =
        new ArrayList<>(
            List.of(
                ConfigOverride.config("database.url", url),
                ConfigOverride.config("database.user", user),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0")));
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < overrides.length; i += 2) {
      all.add(ConfigOverride.config(overrides[i], overrides[i + 1]));
      keys.add(overrides[i]);
    }
    // a crawl started through the API waits for the scheduler's next poll: 10 s in config.yml,
    // which made every test crawl take 10 s; a test that sets its own interval keeps it
    if (!keys.contains(POLLING_INTERVAL)) {
      all.add(ConfigOverride.config(POLLING_INTERVAL, TEST_POLLING_INTERVAL));
    }
    return new DropwizardAppExtension<>(
        WmebvApplication.class, "../config.yml", all.toArray(ConfigOverride[]::new));
  }

  /**
   * The service in demo mode: it serves the Voorbeeldstad site on a free port and crawls it at
   * once.
   */
  public static DropwizardAppExtension<WmebvConfiguration> demo(
      TestDatabase db, String... overrides) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "demo.enabled",
                "true",
                "demo.port",
                "0",
                "crawler.delayMs",
                "0",
                "crawler.allowPrivateAddresses",
                "true"));
    all.addAll(List.of(overrides));
    return app(db, all.toArray(String[]::new));
  }
}
