package nl.wmebv.crawler.detect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A WireMock server standing in for every form platform: the checker routes https://host/path?q to
 * http://localhost:port/host/path?q, so fixtures keep their real URL shapes and no test reaches the
 * internet.
 */
public final class StubForms implements AutoCloseable {
  public final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  public StubForms() {
    server.start();
    server.stubFor(
        any(anyUrl())
            .atPriority(10)
            .willReturn(aResponse().withStatus(200).withBody("<html>form</html>")));
  }

  /** Loads detect/stubs.csv (method;urlRegex;status;delayMillis;location). */
  StubForms withFixtureStubs() throws IOException {
    try (InputStream in = StubForms.class.getResourceAsStream("/detect/stubs.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";", -1);
        stub(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4].trim());
      }
    }
    return this;
  }

  public StubForms stub(String method, String regex, int status, int delayMillis, String location) {
    MappingBuilder m =
        method.equals("ANY") ? any(urlMatching(regex)) : request(method, urlMatching(regex));
    ResponseDefinitionBuilder r = aResponse().withStatus(status).withFixedDelay(delayMillis);
    if (!location.isEmpty()) {
      r = r.withHeader("Location", location);
    }
    server.stubFor(m.atPriority(1).willReturn(r));
    return this;
  }

  /** The route the checker uses: every host to this server, host name as the first path segment. */
  public URI route(URI target) {
    String q = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
    String p =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    return URI.create("http://localhost:" + server.port() + "/" + target.getHost() + p + q);
  }

  /** Requests the server received for a routed host+path prefix. */
  long requestsTo(String hostAndPath) {
    return server.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().startsWith("/" + hostAndPath))
        .count();
  }

  @Override
  public void close() {
    server.stop();
  }
}
