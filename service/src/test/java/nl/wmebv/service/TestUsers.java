package nl.wmebv.service;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.wmebv.service.core.auth.MunicipalityScopes;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.core.auth.UserService;
import org.jdbi.v3.core.Jdbi;

/** Users for tests, and API clients that log in with HTTP Basic. */
public final class TestUsers {
  public static final String PASSWORD = "correct-horse-battery";

  private TestUsers() {}

  /**
   * Creates (or resets) the user with {@link #PASSWORD}, for all municipalities: the tests that are
   * not about the municipality scope (issue 14 §5) see everything, as every user did before it.
   */
  public static void create(Jdbi jdbi, String username, Role role) {
    User user = new UserService(jdbi, 1).createOrReset(username, username, role, PASSWORD);
    new MunicipalityScopes(jdbi).replace(user.id(), true, List.of(), "test");
  }

  /**
   * Creates (or resets) the user with {@link #PASSWORD} for exactly the given municipalities (none:
   * nothing).
   */
  public static long createScoped(Jdbi jdbi, String username, Role role, Long... municipalityIds) {
    User user = new UserService(jdbi, 1).createOrReset(username, username, role, PASSWORD);
    new MunicipalityScopes(jdbi).replace(user.id(), false, List.of(municipalityIds), "test");
    return user.id();
  }

  /** The Authorization header value for the user. */
  public static String basic(String username) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** Makes every request of {@code client} log in as the user (created with the given role). */
  public static Client as(Client client, Jdbi jdbi, String username, Role role) {
    create(jdbi, username, role);
    ClientRequestFilter auth =
        ctx -> ctx.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, basic(username));
    return client.register(auth);
  }
}
