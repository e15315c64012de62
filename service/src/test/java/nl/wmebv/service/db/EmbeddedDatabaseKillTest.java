package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a service leaves its embedded PostgreSQL running on the data directory; the next start
 * stops that orphan and starts at once, instead of failing after a minute. Real processes: a child
 * JVM is killed with SIGKILL, and a second child JVM starts on the same directory.
 */
class EmbeddedDatabaseKillTest {
  @TempDir Path dir;

  @Test
  @Timeout(180)
  void theNextStartAfterAKillStopsTheOrphanAndStarts() throws Exception {
    Path data = dir.resolve("postgres");
    Process first = child(data);
    awaitReady(first);
    long orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
        .as("the orphaned postmaster")
        .hasValue(true);

    Process second = child(data);
    try {
      long started = System.nanoTime();
      awaitReady(second);
      assertThat((System.nanoTime() - started) / 1_000_000_000)
          .as("seconds to start")
          .isLessThan(45);
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    } finally {
      second.destroy(); // SIGTERM: the shutdown hook stops its PostgreSQL
      second.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static Process child(Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            EmbeddedDatabaseChild.class.getName(),
            data.toString())
        .redirectErrorStream(true)
        .start();
  }

  private static void awaitReady(Process p) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("READY ")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "child-output");
        drain.setDaemon(true);
        drain.start();
        return;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the child ended without starting PostgreSQL:\n" + seen);
  }
}
