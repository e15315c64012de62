package nl.wmebv.service.resources.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.wmebv.service.TestUsers;

/** Fetches web view pages as a user (HTTP Basic, so no CSRF token is needed) for the page tests. */
final class WebPageClient {
  /** A page: status, body and Content-Type. */
  record Page(int status, String body, String contentType) {}

  private final int port;

  WebPageClient(int port) {
    this.port = port;
  }

  Page get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  Page postBytes(String user, String path, byte[] body) {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Page postForm(String user, String path, String... pairs) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      s.append(s.length() > 0 ? "&" : "").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(s.toString())));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static Page send(String user, HttpRequest.Builder request) {
    request.header("Accept", "text/html").header("Authorization", TestUsers.basic(user));
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
