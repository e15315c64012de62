package nl.wmebv.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like login for tests: the session cookie from /login and the page's CSRF token. */
public final class SessionLogin {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** The content type of a plain HTML form post. */
  public static final String FORM = "application/x-www-form-urlencoded";

  /** The logged-in session: its cookie value and CSRF token. */
  public record Session(String cookie, String csrf) {}

  /** A reply: status, Location header and body. */
  public record Reply(int status, String location, String body) {}

  private final int port;

  public SessionLogin(int port) {
    this.port = port;
  }

  /** Logs in with {@link TestUsers#PASSWORD} through the login form. */
  public Session login(String user) {
    HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")).GET());
    String token = cookie(form, "WMEBV_LOGIN");
    String body =
        "username="
            + enc(user)
            + "&password="
            + enc(TestUsers.PASSWORD)
            + "&next=%2F&_login="
            + enc(token);
    HttpResponse<String> in =
        send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", "WMEBV_LOGIN=" + token)
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    String session = cookie(in, "WMEBV_SESSION");
    String page =
        send(HttpRequest.newBuilder(uri("/"))
                .header("Cookie", "WMEBV_SESSION=" + session)
                .header("Accept", "text/html")
                .GET())
            .body();
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the page");
    }
    return new Session(session, m.group(1));
  }

  /**
   * Sends a request with the session cookie (and whatever headers and body {@code request} has).
   */
  public Reply send(
      Session session, String method, String path, String contentType, String body, String accept) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri(path))
            .header("Cookie", "WMEBV_SESSION=" + session.cookie())
            .header("Accept", accept)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      r.header("Content-Type", contentType);
    }
    HttpResponse<String> response = send(r);
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("Location").orElse(null),
        response.body());
  }

  /** A page as the browser asks for it. */
  public Reply page(Session session, String path) {
    return send(session, "GET", path, null, null, "text/html");
  }

  /**
   * A form post as the page sends it: the session's CSRF field, then the given name/value pairs.
   */
  public Reply form(Session session, String path, String... pairs) {
    StringBuilder body = new StringBuilder("_csrf=" + enc(session.csrf()));
    for (int i = 0; i < pairs.length; i += 2) {
      body.append('&').append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
    }
    return send(session, "POST", path, FORM, body.toString(), "text/html");
  }

  /** A file posted as the body with the session's CSRF header, as the upload scripts send it. */
  public Reply upload(Session session, String path, String body) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri(path))
            .header("Cookie", "WMEBV_SESSION=" + session.cookie())
            .header("Accept", "text/html")
            .header("X-CSRF-Token", session.csrf())
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = send(r);
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("Location").orElse(null),
        response.body());
  }

  /** A JSON request (or none) with the session cookie and its CSRF header, as htmx sends it. */
  public Reply sendWithToken(Session session, String method, String path, String json) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri(path))
            .header("Cookie", "WMEBV_SESSION=" + session.cookie())
            .header("Accept", "application/json")
            .header("X-CSRF-Token", session.csrf())
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      r.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = send(r);
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("Location").orElse(null),
        response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .filter(v -> !v.isEmpty())
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no cookie " + name + ": " + response.headers()));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
