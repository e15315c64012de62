package nl.wmebv.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpFetcherTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final HttpFetcher fetcher =
      new HttpFetcher("test", Duration.ofMillis(800), 3, new AddressGuard(true));

  private URI url(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  private void redirect(String from, String to) {
    wm.stubFor(
        get(urlEqualTo(from)).willReturn(aResponse().withStatus(301).withHeader("Location", to)));
  }

  @Test
  void followsARedirectChain() {
    redirect("/r1", "/r2");
    redirect("/r2", wm.baseUrl() + "/r3");
    wm.stubFor(get(urlEqualTo("/r3")).willReturn(aResponse().withStatus(200).withBody("end")));
    FetchResult r = fetcher.fetch(url("/r1"), "GET", 1000);
    assertThat(r.error()).isNull();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.finalUrl()).isEqualTo(url("/r3"));
    assertThat(r.redirects()).hasSize(2);
    assertThat(new String(r.body())).isEqualTo("end");
  }

  @Test
  void detectsARedirectLoop() {
    redirect("/loop-a", "/loop-b");
    redirect("/loop-b", "/loop-a");
    FetchResult r = fetcher.fetch(url("/loop-a"), "GET", 1000);
    assertThat(r.error()).startsWith("redirect loop");
  }

  @Test
  void stopsAfterTooManyRedirects() {
    for (int i = 0; i < 6; i++) {
      redirect("/hop" + i, "/hop" + (i + 1));
    }
    FetchResult r = fetcher.fetch(url("/hop0"), "GET", 1000);
    assertThat(r.error()).isEqualTo("too many redirects (more than 3)");
  }

  @Test
  void refusesAPrivateAddressBeforeConnecting() {
    HttpFetcher strict = new HttpFetcher("test", Duration.ofSeconds(1), 3, new AddressGuard(false));
    FetchResult r = strict.fetch(url("/anything"), "GET", 1000);
    assertThat(r.error()).isEqualTo("refused: localhost is a loopback address");
    assertThat(r.status()).isZero();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void checksEveryRedirectHopWithTheGuard() {
    redirect("/naar-bestand", "file:///etc/passwd");
    FetchResult r = fetcher.fetch(url("/naar-bestand"), "GET", 1000);
    assertThat(r.error()).isEqualTo("refused: scheme 'file' is not http or https");
    assertThat(r.finalUrl()).hasToString("file:///etc/passwd");
  }

  @Test
  void limitsTheBodySize() {
    wm.stubFor(
        get(urlEqualTo("/big")).willReturn(aResponse().withStatus(200).withBody("x".repeat(5000))));
    wm.stubFor(
        get(urlEqualTo("/big-chunked"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withChunkedDribbleDelay(5, 50)
                    .withBody("y".repeat(5000))));
    assertThat(fetcher.fetch(url("/big"), "GET", 1000).error())
        .isEqualTo("body larger than 1000 bytes");
    assertThat(fetcher.fetch(url("/big-chunked"), "GET", 1000).error())
        .isEqualTo("body larger than 1000 bytes");
    assertThat(fetcher.fetch(url("/big"), "GET", 10_000).body()).hasSize(5000);
  }

  @Test
  void limitsTheTime() {
    wm.stubFor(
        get(urlEqualTo("/slow"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(2000).withBody("late")));
    FetchResult r = fetcher.fetch(url("/slow"), "GET", 1000);
    assertThat(r.error()).startsWith("timeout");
    assertThat(r.millis()).isLessThan(1900);
  }

  @Test
  void aBodyTrickledPastTheDeadlineEndsTheFetchAtTheDeadline() {
    // headers at once, then 4 000 bytes over 8 s: the deadline covers the whole exchange, not only
    // the headers
    wm.stubFor(
        get(urlEqualTo("/drip"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("z".repeat(4000))
                    .withChunkedDribbleDelay(40, 8000)));
    long start = System.nanoTime();
    FetchResult r = fetcher.fetch(url("/drip"), "GET", 100_000);
    assertThat(r.error()).startsWith("timeout");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
  }

  @Test
  void headReadsNoBody() {
    wm.stubFor(
        head(urlEqualTo("/form"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")));
    FetchResult r = fetcher.fetch(url("/form"), "HEAD", 1000);
    assertThat(r.ok()).isTrue();
    assertThat(r.contentType()).isEqualTo("text/html");
  }

  @RegisterExtension
  static WireMockExtension tls =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
          .build();

  @Test
  void reportsAnUntrustedCertificateAsATlsError() {
    tls.stubFor(
        get(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withBody("self-signed")));
    FetchResult r =
        fetcher.fetch(URI.create("https://localhost:" + tls.getHttpsPort() + "/"), "GET", 1000);
    assertThat(r.status()).isZero();
    assertThat(r.error()).startsWith("TLS error");
  }

  @Test
  void reportsConnectionErrorsAsResults() {
    FetchResult r = fetcher.fetch(URI.create("http://127.0.0.1:1/"), "GET", 1000);
    assertThat(r.status()).isZero();
    assertThat(r.error()).isNotBlank();
  }

  @Test
  void connectsToTheAddressTheGuardChecked() {
    // DNS rebinding: gemeente.test exists only in the guard's resolver, so the fetch reaches the
    // server only if it
    // connects to the address the guard checked; a second lookup (system DNS, or a rebinding
    // answer) would not
    wm.stubFor(
        get(urlEqualTo("/pinned")).willReturn(aResponse().withStatus(200).withBody("pinned")));
    AtomicInteger lookups = new AtomicInteger();
    AddressGuard guard =
        new AddressGuard(
            true,
            host -> {
              lookups.incrementAndGet();
              return new InetAddress[] {InetAddress.getLoopbackAddress()};
            });
    HttpFetcher pinned = new HttpFetcher("test", Duration.ofMillis(800), 3, guard);
    FetchResult r =
        pinned.fetch(URI.create("http://gemeente.test:" + wm.getPort() + "/pinned"), "GET", 1000);
    assertThat(r.error()).isNull();
    assertThat(new String(r.body())).isEqualTo("pinned");
    assertThat(lookups.get()).as("one lookup per hop").isEqualTo(1);
    wm.verify(
        getRequestedFor(urlEqualTo("/pinned"))
            .withHeader("Host", equalTo("gemeente.test:" + wm.getPort())));
  }

  @Test
  void aHeaderThatTricklesEndsAtTheDeadline() throws Exception {
    // a server that sends its status line one byte at a time: the deadline covers the headers too
    try (java.net.ServerSocket server =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread trickler =
          new Thread(
              () -> {
                try (java.net.Socket s = server.accept()) {
                  for (byte b : "HTTP/1.1 200 OK\r\nX-Slow: yes\r\n".getBytes()) {
                    s.getOutputStream().write(b);
                    s.getOutputStream().flush();
                    Thread.sleep(200);
                  }
                } catch (Exception ignored) {
                  // the client hung up, as it should
                }
              });
      trickler.setDaemon(true);
      trickler.start();
      long start = System.nanoTime();
      FetchResult r =
          fetcher.fetch(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/"), "GET", 1000);
      assertThat(r.error()).startsWith("timeout");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
    }
  }
}
