package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import nl.wmebv.service.SessionLogin;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real outage: the service runs on an embedded PostgreSQL that the test stops and starts again on
 * the same port and data directory. While it is down a web page is the Dutch 503 page, the API a
 * 503 JSON, both with Retry-After, and /healthcheck is unhealthy; once it is back the same page
 * answers 200 again.
 */
class DatabaseOutagePagesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  @Timeout(240)
  void aDatabaseOutageIsA503UntilTheDatabaseIsBack() throws Exception {
    int port = freePort();
    EmbeddedPostgres.Builder server =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir.resolve("pg"))
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60));
    EmbeddedPostgres pg = server.start();
    String url = "jdbc:postgresql://localhost:" + port + "/postgres";
    DropwizardAppExtension<WmebvConfiguration> app =
        TestApps.app(url, "postgres", "scheduler.enabled", "false");
    app.before();
    try {
      TestUsers.create(
          Jdbi.create(url, "postgres", "").installPlugin(new SqlObjectPlugin()),
          "lezer",
          Role.VIEWER);
      SessionLogin.Session session = new SessionLogin(app.getLocalPort()).login("lezer");
      String page = "http://localhost:" + app.getLocalPort() + "/inventaris";
      String api = "http://localhost:" + app.getLocalPort() + "/api/municipalities";
      assertThat(web(page, session).statusCode()).isEqualTo(200);
      assertThat(basic(api).statusCode()).isEqualTo(200);

      pg.close();
      HttpResponse<String> down = web(page, session);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(down.headers().firstValue("Retry-After")).isPresent();
      assertThat(down.body())
          .contains(
              "<h1>Database niet bereikbaar</h1>", "href=\"/inventaris\"", "Naar het overzicht")
          .doesNotContain("\"code\"");
      HttpResponse<String> downApi = basic(api);
      assertThat(downApi.statusCode()).isEqualTo(503);
      assertThat(downApi.headers().firstValue("Retry-After")).isPresent();
      assertThat(downApi.body()).isEqualTo("{\"code\":503,\"message\":\"database unavailable\"}");
      HttpResponse<String> health =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + app.getAdminPort() + "/healthcheck"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(500);
      assertThat(health.body()).contains("\"postgresql\":{\"healthy\":false");

      pg = server.start();
      assertThat(statusWithin(Duration.ofSeconds(10), page, session))
          .as("the same page once the database is back")
          .isEqualTo(200);
      assertThat(basic(api).statusCode()).isEqualTo(200);
    } finally {
      app.after();
      pg.close();
    }
  }

  /**
   * The page's status once it is 200 or the time is up. A pooled connection that was tested less
   * than the validation interval (1 s) before the restart is used once untested and answers one
   * 503, as Retry-After allows; without the test on borrow every broken connection would answer 503
   * until it idled out (minutes).
   */
  private static int statusWithin(Duration time, String page, SessionLogin.Session session)
      throws Exception {
    long deadline = System.nanoTime() + time.toNanos();
    int status = web(page, session).statusCode();
    while (status != 200 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      status = web(page, session).statusCode();
    }
    return status;
  }

  private static HttpResponse<String> web(String url, SessionLogin.Session session)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "text/html")
            .header("Cookie", "WMEBV_SESSION=" + session.cookie())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> basic(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "application/json")
            .header("Authorization", TestUsers.basic("lezer"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
