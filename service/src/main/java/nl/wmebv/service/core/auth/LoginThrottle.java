package nl.wmebv.service.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Refuses logins for a username after too many failures in a short time, against password guessing. */
public class LoginThrottle {
  private static final int MAX_FAILURES = 5;
  private static final Duration WINDOW = Duration.ofMinutes(15);

  private record Failures(int count, Instant since) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean blocked(String username) {
    Failures f = failures.get(key(username));
    return f != null && f.count() >= MAX_FAILURES && f.since().plus(WINDOW).isAfter(clock.instant());
  }

  public void failed(String username) {
    Instant now = clock.instant();
    failures.merge(key(username), new Failures(1, now), (old, one) ->
        old.since().plus(WINDOW).isBefore(now) ? one : new Failures(old.count() + 1, old.since()));
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
