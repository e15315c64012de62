package nl.wmebv.service.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmebv.service.core.auth.UserService.PasswordCheck;

/**
 * Remembers a successful HTTP Basic check for a short time, so a script calling the API does not
 * pay a deliberately slow Argon2id check (about 50 ms of CPU) on every request. Only a SHA-256 of
 * the credentials is kept as the key. The cache only spares the password check, it never decides
 * alone: every use confirms against the user's row that the account is still active with the same
 * password hash, and takes the role it has now, so disabling, demoting or a new password takes
 * effect at the next request on every instance. Requests that miss at the same moment with the same
 * credentials (a script's parallel calls, every minute when the entry expires) share one check
 * instead of each spending the CPU: twenty of them used to stall a 2-core server.
 */
public class BasicCredentialCache {
  /** How long a successful password check is reused (each use still reads the account). */
  public static final Duration TTL = Duration.ofSeconds(60);

  private static final int MAX_ENTRIES = 1_000;

  private record Entry(PasswordCheck check, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Optional<PasswordCheck>>> checking =
      new ConcurrentHashMap<>();
  private final UserService users;
  private final Clock clock;

  public BasicCredentialCache(UserService users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /**
   * The user for these credentials, with its current role: from a fresh cached check, else checked
   * again.
   */
  public Optional<User> authenticate(String username, String password) {
    String key = Tokens.sha256(username + '\u0000' + password);
    Instant now = clock.instant();
    Entry hit = entries.get(key);
    if (hit != null && hit.expires().isAfter(now)) {
      Optional<User> current = users.stillValid(hit.check());
      if (current.isEmpty()) {
        entries.remove(key, hit); // disabled or re-passworded since: never trusted again
      }
      return current;
    }
    CompletableFuture<Optional<PasswordCheck>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<PasswordCheck>> running = checking.putIfAbsent(key, mine);
    if (running != null) {
      return waitFor(running).map(PasswordCheck::user);
    }
    try {
      Optional<PasswordCheck> check = users.check(username, password);
      remember(key, check, now);
      mine.complete(check);
      return check.map(PasswordCheck::user);
    } catch (RuntimeException e) {
      mine.completeExceptionally(
          e); // the waiting requests fail the same way, not as a wrong password
      throw e;
    } finally {
      checking.remove(key, mine);
    }
  }

  private static Optional<PasswordCheck> waitFor(CompletableFuture<Optional<PasswordCheck>> check) {
    try {
      return check.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private void remember(String key, Optional<PasswordCheck> check, Instant now) {
    if (check.isPresent()) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear(); // a crude bound: the cache only saves time, it never decides alone
      }
      entries.put(key, new Entry(check.get(), now.plus(TTL)));
    } else {
      entries.remove(key);
    }
  }
}
