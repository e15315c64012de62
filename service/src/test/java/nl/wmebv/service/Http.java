package nl.wmebv.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * A small JSON client for resource tests (java.net.http, which also speaks PATCH), logged in with
 * Basic.
 */
public final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;
  private final String user;

  /** A response: status and body (parsed JSON, or null when empty). */
  public record Reply(int status, JsonNode body, String text) {}

  /**
   * A client that logs in with HTTP Basic as {@code user} (see {@link TestUsers}); null for none.
   */
  public Http(int port, String user) {
    this.base = "http://localhost:" + port;
    this.user = user;
  }

  /** The same server, logged in as another user. */
  public Http as(String otherUser) {
    return new Http(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherUser);
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, null);
  }

  public Reply patch(String path, String json, String actor) {
    return send("PATCH", path, json, actor);
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, null);
  }

  /**
   * Starts a crawl of the site through the API and waits (at most 90 s) until it has finished; its
   * run id.
   */
  public long crawl(long siteId) throws InterruptedException {
    JsonNode run = crawlToTheEnd(siteId);
    if (!"FINISHED".equals(run.get("status").asText())) {
      throw new AssertionError("crawl " + run.get("id") + " ended as " + run);
    }
    return run.get("id").asLong();
  }

  /**
   * Starts a crawl of the site and answers its run's JSON once it is no longer RUNNING, whatever it
   * ended as.
   */
  public JsonNode crawlToTheEnd(long siteId) throws InterruptedException {
    Reply started = post("/api/sites/" + siteId + "/crawls", "{}");
    if (started.status() != 202) {
      throw new AssertionError("crawl not started: " + started.status() + " " + started.text());
    }
    long runId = started.body().get("id").asLong();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      JsonNode run = get("/api/crawls/" + runId).body();
      if (run != null && !"RUNNING".equals(run.get("status").asText())) {
        return run;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("crawl " + runId + " did not finish");
  }

  private static JsonNode parse(String text) {
    try {
      return text == null || text.isBlank() ? null : JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /** POSTs raw bytes (an uploaded file) with the given media type. */
  public Reply postFile(String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return send(request, null);
  }

  /** GETs raw bytes (a download). */
  public byte[] download(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (user != null) {
      request.header("Authorization", TestUsers.basic(user));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply send(String method, String path, String json, String actor) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request, actor);
  }

  private Reply send(HttpRequest.Builder request, String actor) {
    if (user != null) {
      request.header("Authorization", TestUsers.basic(user));
    }
    if (actor != null) {
      request.header("X-Actor", actor);
    }
    try {
      HttpResponse<String> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        // Jetty closes a connection after refusing a request whose body it did not read (401/403);
        // the client may
        // already have picked that pooled connection for the next request, which then gets no bytes
        // at all. The
        // server never saw that request, so sending it once more on a new connection is safe.
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      }
      String text = response.body();
      return new Reply(response.statusCode(), parse(text), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
