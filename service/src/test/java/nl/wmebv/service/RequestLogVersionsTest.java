package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import io.dropwizard.request.logging.LogbackAccessRequestLog;
import org.junit.jupiter.api.Test;

/**
 * The request log (logback-access) starts without the version warning it printed at every service
 * start.
 */
class RequestLogVersionsTest {
  @Test
  void logbackAccessFindsItsModulesAtOneVersion() {
    LogbackAccessRequestLog log = new LogbackAccessRequestLog();
    log.setQuiet(true);
    log.start(); // runs logback-access's own version check, as Jetty does when the service starts
    try {
      assertThat(log.getStatusManager().getCopyOfStatusList())
          .extracting(Status::getMessage)
          .as("the check ran and found both modules")
          .contains("Found logback-access-common version 2.0.12")
          .contains("Found logback-access-jetty12 version 2.0.12")
          .noneMatch(message -> message.contains("are different"));
    } finally {
      log.stop();
    }
  }
}
