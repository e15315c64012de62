package nl.wmebv.service.core.sc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.wmebv.crawler.fetch.AddressGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SC feed fetch keeps its promised deadline for the whole request, also when the body trickles
 * or never comes.
 */
class ScFeedFetcherTest {
  private final ScFeedFetcher fetcher =
      new ScFeedFetcher(new AddressGuard(true), Duration.ofSeconds(1), 1 << 20, "test");
  private ServerSocket server;
  private Thread serving;

  @AfterEach
  void stopServer() throws IOException {
    server.close();
    serving.interrupt();
  }

  @Test
  void aFeedWhoseBodyTricklesEndsAtTheDeadline() throws IOException {
    serve(
        out -> {
          out.write(
              "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 100000\r\n\r\n<"
                  .getBytes(StandardCharsets.US_ASCII));
          for (int i = 0; i < 100_000; i++) {
            out.write('x');
            out.flush();
            Thread.sleep(200); // one byte every 200 ms: a 100 KB feed would take 5.5 hours
          }
        });
    long start = System.nanoTime();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> fetcher.fetch(url()))
                .isInstanceOf(FeedRejectedException.class)
                .hasMessageContaining("timed out after 1 s"));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
  }

  @Test
  void aServerThatNeverAnswersEndsAtTheDeadline() throws IOException {
    serve(out -> Thread.sleep(60_000));
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> fetcher.fetch(url()))
                .isInstanceOf(FeedRejectedException.class)
                .hasMessageContaining("timed out"));
  }

  @Test
  void aFeedWithinTheLimitsIsReturned() throws IOException {
    serve(
        out ->
            out.write(
                "HTTP/1.1 200 OK\r\nContent-Length: 7\r\nConnection: close\r\n\r\n<feed/>"
                    .getBytes(StandardCharsets.US_ASCII)));
    assertThat(new String(fetcher.fetch(url()), StandardCharsets.US_ASCII)).isEqualTo("<feed/>");
  }

  /** What the test server writes to each connection, after reading the request line. */
  private interface Answer {
    void write(OutputStream out) throws Exception;
  }

  private void serve(Answer answer) throws IOException {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    serving =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                  socket.getInputStream().read(new byte[4096]);
                  answer.write(socket.getOutputStream());
                } catch (Exception e) {
                  return; // closed by the test, or the client gave up
                }
              }
            },
            "trickling-feed-server");
    serving.setDaemon(true);
    serving.start();
  }

  private String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/sru";
  }
}
