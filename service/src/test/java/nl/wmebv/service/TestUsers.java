package nl.wmebv.service;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.UserService;
import org.jdbi.v3.core.Jdbi;

/** Users for tests, and API clients that log in with HTTP Basic. */
public final class TestUsers {
  public static final String PASSWORD = "correct-horse-battery";

  private TestUsers() {}

  /** Creates (or resets) the user with {@link #PASSWORD}. */
  public static void create(Jdbi jdbi, String username, Role role) {
    new UserService(jdbi, 1).createOrReset(username, username, role, PASSWORD);
  }

  /** The Authorization header value for the user. */
  public static String basic(String username) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** Makes every request of {@code client} log in as the user (created with the given role). */
  public static Client as(Client client, Jdbi jdbi, String username, Role role) {
    create(jdbi, username, role);
    ClientRequestFilter auth = ctx -> ctx.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, basic(username));
    return client.register(auth);
  }
}
