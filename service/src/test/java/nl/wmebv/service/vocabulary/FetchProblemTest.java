package nl.wmebv.service.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The crawler's status and English reason become one code, with its Dutch label. */
class FetchProblemTest {
  @Test
  void httpStatusesNameTheProblem() {
    assertThat(FetchProblem.of(404, "HTTP 404", false)).isEqualTo(FetchProblem.NOT_FOUND);
    assertThat(FetchProblem.of(410, "HTTP 410", false)).isEqualTo(FetchProblem.GONE);
    assertThat(FetchProblem.of(403, "HTTP 403", false)).isEqualTo(FetchProblem.NO_ACCESS);
    assertThat(FetchProblem.of(418, "HTTP 418", false)).isEqualTo(FetchProblem.CLIENT_ERROR);
    assertThat(FetchProblem.of(503, "HTTP 503", false)).isEqualTo(FetchProblem.SERVER_ERROR);
    assertThat(FetchProblem.NOT_FOUND.label()).isEqualTo("Niet gevonden (404)");
  }

  @Test
  void withoutAnAnswerTheReasonTells() {
    assertThat(FetchProblem.of(0, "timeout after 10000 ms", false)).isEqualTo(FetchProblem.TIMEOUT);
    assertThat(FetchProblem.of(0, "connect timeout", false)).isEqualTo(FetchProblem.TIMEOUT);
    assertThat(FetchProblem.of(301, "too many redirects (more than 5)", false))
        .isEqualTo(FetchProblem.REDIRECT);
    assertThat(FetchProblem.of(0, "unknown host: gemeente.invalid", false))
        .isEqualTo(FetchProblem.UNKNOWN_HOST);
    assertThat(
            FetchProblem.of(
                0, "robots.txt unreachable (timeout after 10000 ms): not fetched", false))
        .isEqualTo(FetchProblem.ROBOTS_UNREACHABLE);
    assertThat(FetchProblem.of(0, "TLS error: handshake", false)).isEqualTo(FetchProblem.TLS);
    assertThat(FetchProblem.of(0, "internal error: java.lang.NullPointerException", false))
        .isEqualTo(FetchProblem.CRAWLER_ERROR);
    assertThat(FetchProblem.of(0, "I/O error: Connection reset", false))
        .isEqualTo(FetchProblem.NETWORK);
  }

  @Test
  void skippedUrlsKeepTheCrawlersVerdict() {
    assertThat(FetchProblem.of(0, "disallowed by robots.txt", true)).isEqualTo(FetchProblem.ROBOTS);
    assertThat(FetchProblem.of(0, "refused: 10.0.0.1 resolves to private address 10.0.0.1", true))
        .isEqualTo(FetchProblem.REFUSED_ADDRESS);
    assertThat(FetchProblem.ROBOTS.skip()).isTrue();
    assertThat(FetchProblem.TIMEOUT.skip()).isFalse();
  }
}
