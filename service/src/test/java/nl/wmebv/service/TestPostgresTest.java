package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Which PostgreSQL the tests use: configured, local or embedded (driven without starting a server).
 */
class TestPostgresTest {
  private static final TestPostgres EMBEDDED =
      new TestPostgres("localhost", 41234, "postgres", "embedded");
  private static final BooleanSupplier NOT_ASKED =
      () -> {
        throw new AssertionError("the local server must not be probed");
      };
  private static final Supplier<TestPostgres> NOT_STARTED =
      () -> {
        throw new AssertionError("no embedded server may be started");
      };

  @Test
  void anyConfiguredSettingWinsEvenWhenItsServerDoesNotAnswer() {
    TestPostgres server =
        TestPostgres.choose(Map.of("WMEBV_TEST_PG_PORT", "1"), NOT_ASKED, NOT_STARTED);

    assertThat(server).isEqualTo(new TestPostgres("127.0.0.1", 1, "postgres", server.origin()));
    assertThat(server.origin()).contains("WMEBV_TEST_PG_");
    assertThat(
            TestPostgres.choose(
                    Map.of("WMEBV_TEST_PG_HOST", "db.test", "WMEBV_TEST_PG_USER", "ci"),
                    NOT_ASKED,
                    NOT_STARTED)
                .url("x"))
        .isEqualTo("jdbc:postgresql://db.test:5432/x");
  }

  @Test
  void theLocalServerIsUsedWhenItAnswersAndNothingIsConfigured() {
    TestPostgres server =
        TestPostgres.choose(
            Map.of("WMEBV_TEST_PG_HOST", " ", "PATH", "/bin"), () -> true, NOT_STARTED);

    assertThat(server.url("x")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
    assertThat(server.user()).isEqualTo("postgres");
  }

  @Test
  void anEmbeddedServerIsStartedWhenNothingIsConfiguredAndNothingAnswers() {
    assertThat(TestPostgres.choose(Map.of(), () -> false, () -> EMBEDDED)).isSameAs(EMBEDDED);
  }

  @Test
  void aConfiguredServerThatDoesNotAnswerFailsClearlyInsteadOfFallingBack() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    TestPostgres configured =
        TestPostgres.choose(
            Map.of("WMEBV_TEST_PG_PORT", String.valueOf(closed)), NOT_ASKED, NOT_STARTED);

    assertThatThrownBy(() -> TestDatabase.createEmpty(configured))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Test PostgreSQL at 127.0.0.1:" + closed + " (user postgres, configured server")
        .hasMessageContaining("is needed for this test");
    assertThatThrownBy(
            () ->
                TestPostgres.choose(
                    Map.of("WMEBV_TEST_PG_PORT", "fivefourthreetwo"), NOT_ASKED, NOT_STARTED))
        .hasMessage("WMEBV_TEST_PG_PORT must be a port number, not \"fivefourthreetwo\"");
  }

  @Test
  void theProbeTellsAListeningPortFromAClosedOne() throws IOException {
    int closed;
    try (ServerSocket listening = new ServerSocket(0)) {
      assertThat(TestPostgres.answers("127.0.0.1", listening.getLocalPort())).isTrue();
      closed = listening.getLocalPort();
    }
    assertThat(TestPostgres.answers("127.0.0.1", closed)).isFalse();
  }
}
