package nl.wmebv.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import nl.wmebv.service.db.EmbeddedDatabase;

/**
 * The PostgreSQL server the tests use, chosen once per test JVM: the one that
 * WMEBV_TEST_PG_HOST/PORT/USER name when any is set (it must answer), else the local one on
 * 127.0.0.1:5432 when it answers (CI's and the developers'), else one embedded PostgreSQL started
 * for this JVM and shared by every test class.
 */
public record TestPostgres(String host, int port, String user, String origin) {
  static final List<String> SETTINGS =
      List.of("WMEBV_TEST_PG_HOST", "WMEBV_TEST_PG_PORT", "WMEBV_TEST_PG_USER");
  static final String LOCAL_HOST = "127.0.0.1";
  static final int LOCAL_PORT = 5432;
  static final String SUPERUSER = "postgres";

  private static TestPostgres chosen;

  /** The server for this JVM (starts the embedded one on first use when it is the choice). */
  public static synchronized TestPostgres get() {
    if (chosen == null) {
      chosen =
          choose(System.getenv(), () -> answers(LOCAL_HOST, LOCAL_PORT), TestPostgres::embedded);
      // one line in the test output, so a failure can be read against the server it ran on
      System.err.println(
          "Test PostgreSQL: " + chosen.origin() + " at " + chosen.host() + ":" + chosen.port());
    }
    return chosen;
  }

  /**
   * The choice itself, on the given environment and probes (a unit test drives it without a
   * server).
   */
  static TestPostgres choose(
      Map<String, String> env, BooleanSupplier localAnswers, Supplier<TestPostgres> embedded) {
    if (SETTINGS.stream().anyMatch(key -> isSet(env.get(key)))) {
      return new TestPostgres(
          value(env, "WMEBV_TEST_PG_HOST", LOCAL_HOST),
          port(value(env, "WMEBV_TEST_PG_PORT", String.valueOf(LOCAL_PORT))),
          value(env, "WMEBV_TEST_PG_USER", SUPERUSER),
          "configured server (WMEBV_TEST_PG_*)");
    }
    if (localAnswers.getAsBoolean()) {
      return new TestPostgres(LOCAL_HOST, LOCAL_PORT, SUPERUSER, "local server");
    }
    return embedded.get();
  }

  /** The JDBC URL of database {@code name} on this server. */
  public String url(String name) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static TestPostgres embedded() {
    try {
      EmbeddedDatabase db =
          EmbeddedDatabase.startThrowaway(Files.createTempDirectory("wmebv-test-pg"));
      return new TestPostgres(
          "localhost",
          db.port(),
          SUPERUSER,
          "embedded PostgreSQL (no WMEBV_TEST_PG_* set and nothing answers on 127.0.0.1:5432)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int port(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "WMEBV_TEST_PG_PORT must be a port number, not \"" + text + "\"", e);
    }
  }

  private static String value(Map<String, String> env, String key, String fallback) {
    return isSet(env.get(key)) ? env.get(key) : fallback;
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
