package nl.wmebv.service.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a successful HTTP Basic check for a short time, so a script calling the API does not pay a
 * deliberately slow Argon2id check (about 50 ms of CPU) on every request. Only a SHA-256 of the credentials
 * is kept; a changed password or role takes effect within {@link #TTL}. Requests that miss at the same moment with
 * the same credentials (a script's parallel calls, every minute when the entry expires) share one check instead of
 * each spending the CPU: twenty of them used to stall a 2-core server for a second.
 */
public class BasicCredentialCache {
  /** How long a successful check is trusted. */
  public static final Duration TTL = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 1_000;

  private record Entry(User user, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Optional<User>>> checking = new ConcurrentHashMap<>();
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
    CompletableFuture<Optional<User>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<User>> running = checking.putIfAbsent(key, mine);
    if (running != null) {
      return waitFor(running);
    }
    try {
      Optional<User> user = users.authenticate(username, password);
      remember(key, user, now);
      mine.complete(user);
      return user;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e); // the waiting requests fail the same way, not as a wrong password
      throw e;
    } finally {
      checking.remove(key, mine);
    }
  }

  private static Optional<User> waitFor(CompletableFuture<Optional<User>> check) {
    try {
      return check.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private void remember(String key, Optional<User> user, Instant now) {
    if (user.isPresent()) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear(); // a crude bound: the cache only saves time, it never decides alone
      }
      entries.put(key, new Entry(user.get(), now.plus(TTL)));
    } else {
      entries.remove(key);
    }
  }
}
