package nl.wmebv.service.resources.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmebv.service.SessionLogin;

/**
 * Fetches web view pages as a user for the page tests, as a browser does: logged in through the
 * login form once per user, every request with the session cookie and the session's CSRF token (web
 * forms refuse HTTP Basic).
 */
final class WebPageClient {
  /** A page: status, body and Content-Type. */
  record Page(int status, String body, String contentType) {}

  private final int port;
  private final SessionLogin login;
  private final Map<String, SessionLogin.Session> sessions = new ConcurrentHashMap<>();

  WebPageClient(int port) {
    this.port = port;
    this.login = new SessionLogin(port);
  }

  Page get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  Page postBytes(String user, String path, byte[] body) {
    return send(
        user,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Page postForm(String user, String path, String... pairs) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      s.append(s.length() > 0 ? "&" : "")
          .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return send(
        user,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(s.toString())));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private Page send(String user, HttpRequest.Builder request) {
    SessionLogin.Session session = sessions.computeIfAbsent(user, login::login);
    request
        .header("Accept", "text/html")
        .header("Cookie", "WMEBV_SESSION=" + session.cookie())
        .header("X-CSRF-Token", session.csrf());
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
