package nl.wmebv.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The admin port listens on loopback only, and no log level writes credentials: with Jetty and
 * Jersey at DEBUG (what the admin port's log-level task can switch on) a request with HTTP Basic
 * and a failed login leave no Authorization header, password or session cookie in the log.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CredentialLoggingTest {
  private static final TestDatabase DB = TestDatabase.createEmpty();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");

  @BeforeAll
  static void users() {
    TestUsers.create(DB.jdbi(), "script", Role.EDITOR);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void theAdminPortListensOnLoopbackByDefault() {
    DefaultServerFactory server = (DefaultServerFactory) APP.getConfiguration().getServerFactory();
    assertThat(((HttpConnectorFactory) server.getAdminConnectors().get(0)).getBindHost())
        .isEqualTo("127.0.0.1");
  }

  @Test
  void debugLoggingWritesNoCredentials() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.setContext(context);
    log.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Logger jetty = context.getLogger("org.eclipse.jetty");
    Logger jersey = context.getLogger("org.glassfish");
    Level jettyBefore = jetty.getLevel();
    Level jerseyBefore = jersey.getLevel();
    root.addAppender(log);
    jetty.setLevel(Level.DEBUG);
    jersey.setLevel(Level.DEBUG);
    String basic = TestUsers.basic("script");
    try {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> api =
          client.send(
              HttpRequest.newBuilder(URI.create(base() + "/api/municipalities"))
                  .header("Authorization", basic)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(200);
      client.send(
          HttpRequest.newBuilder(URI.create(base() + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "username=script&password=Geheim-wachtwoord-123&next=%2F"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } finally {
      jetty.setLevel(jettyBefore);
      jersey.setLevel(jerseyBefore);
      root.detachAppender(log);
    }
    List<ILoggingEvent> events;
    // Jetty threads may still be appending after the detach; AppenderBase.doAppend holds the
    // appender's lock and
    // checks isStarted, so stopping under that lock ends the appends before the list is copied.
    synchronized (log) {
      log.stop();
      events = new ArrayList<>(log.list);
    }
    String secret = basic.substring("Basic ".length());
    assertThat(events).as("Jetty at DEBUG logs the requests").isNotEmpty();
    assertThat(events)
        .noneSatisfy(
            e ->
                assertThat(e.getFormattedMessage())
                    .containsAnyOf(
                        secret,
                        TestUsers.PASSWORD,
                        "Geheim-wachtwoord-123",
                        new String(Base64.getDecoder().decode(secret), StandardCharsets.UTF_8)));
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
