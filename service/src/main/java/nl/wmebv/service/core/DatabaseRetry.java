package nl.wmebv.service.core;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a database step again while the database is unreachable ({@link DatabaseOutage}), with
 * growing waits (1 s, 2 s, 4 s ... at most 15 s) for a bounded time; any other failure, and an
 * outage that lasts longer, is thrown to the caller at once.
 */
public final class DatabaseRetry {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseRetry.class);
  private static final Duration MAX_WAIT = Duration.ofSeconds(15);

  private DatabaseRetry() {}

  /** The step's result, retried while the database is unreachable, for at most {@code retryFor}. */
  public static <T> T call(String what, Duration retryFor, Supplier<T> step) {
    long deadline = System.nanoTime() + retryFor.toNanos();
    Duration wait = Duration.ofSeconds(1);
    while (true) {
      try {
        return step.get();
      } catch (RuntimeException e) {
        if (!DatabaseOutage.unreachable(e) || System.nanoTime() + wait.toNanos() > deadline) {
          throw e;
        }
        LOG.warn(
            "{}: the database is unreachable ({}); trying again in {} s",
            what,
            e.getMessage(),
            wait.toSeconds());
        sleep(wait);
        wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
      }
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    }
  }
}
