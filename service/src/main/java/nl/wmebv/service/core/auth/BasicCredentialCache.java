package nl.wmebv.service.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a successful HTTP Basic check for a short time, so a script calling the API does not pay a
 * deliberately slow Argon2id check (about 50 ms of CPU) on every request. Only a SHA-256 of the credentials
 * is kept; a changed password or role takes effect within {@link #TTL}.
 */
public class BasicCredentialCache {
  /** How long a successful check is trusted. */
  public static final Duration TTL = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 1_000;

  private record Entry(User user, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final UserService users;
  private final Clock clock;

  public BasicCredentialCache(UserService users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /** The user for these credentials: from the cache while fresh, else checked by {@link UserService}. */
  public Optional<User> authenticate(String username, String password) {
    String key = Tokens.sha256(username + '\u0000' + password);
    Instant now = clock.instant();
    Entry hit = entries.get(key);
    if (hit != null && hit.expires().isAfter(now)) {
      return Optional.of(hit.user());
    }
    Optional<User> user = users.authenticate(username, password);
    if (user.isPresent()) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear(); // a crude bound: the cache only saves time, it never decides alone
      }
      entries.put(key, new Entry(user.get(), now.plus(TTL)));
    } else {
      entries.remove(key);
    }
    return user;
  }
}
