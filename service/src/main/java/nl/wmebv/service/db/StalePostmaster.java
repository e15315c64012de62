package nl.wmebv.service.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers an embedded PostgreSQL left behind by a service that was killed (kill -9 skips the
 * shutdown hook, so its postmaster keeps running and holds the data directory): before a start, a
 * {@code postmaster.pid} whose process still runs a postgres is asked to stop (SIGTERM,
 * PostgreSQL's smart shutdown: the dead service has no connections left) and waited for; a file
 * whose process is gone is stale and removed. Anything else is said in one log line that names the
 * process and what to do.
 */
final class StalePostmaster {
  private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
  private static final Duration WAIT = Duration.ofSeconds(30);

  private StalePostmaster() {}

  /**
   * Makes the data directory free for a new postmaster; returns what it did, for the log and the
   * tests.
   */
  static String release(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return "none";
    }
    List<String> lines = Files.readAllLines(pidFile);
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (RuntimeException e) {
      Files.deleteIfExists(pidFile);
      return "unreadable pid file removed";
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      Files.deleteIfExists(pidFile);
      LOG.info(
          "Removed the stale postmaster.pid of embedded PostgreSQL process {} (no longer running)",
          pid);
      return "stale pid file removed";
    }
    String command = process.get().info().command().orElse("");
    if (!command.contains("postgres")) {
      // the pid was reused by another program: the file is stale, the process is none of ours
      Files.deleteIfExists(pidFile);
      return "stale pid file removed";
    }
    LOG.warn(
        "The embedded PostgreSQL of an earlier run (pid {}) still holds {}: the service was killed without "
            + "shutting down; stopping it",
        pid,
        dataDirectory.toAbsolutePath());
    process.get().destroy();
    Instant until = Instant.now().plus(WAIT);
    while (process.get().isAlive() && Instant.now().isBefore(until)) {
      sleep();
    }
    if (process.get().isAlive()) {
      throw new IOException(
          "the embedded PostgreSQL of an earlier run (pid "
              + pid
              + ") does not stop; end it with"
              + " 'kill "
              + pid
              + "' and start again");
    }
    return "orphaned postmaster stopped";
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
