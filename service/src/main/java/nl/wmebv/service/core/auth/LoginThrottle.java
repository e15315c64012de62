package nl.wmebv.service.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing per username and client address: the first {@link #FREE_ATTEMPTS}
 * failures cost nothing, each further one doubles a waiting time (1 s, 2 s, 4 s ... at most {@link
 * #MAX_DELAY}) before the next attempt from that address for that user is checked. A stranger
 * elsewhere cannot lock anyone out: the right password from an address that is not throttled still
 * gets in. Attempts are reserved atomically before the (slow) password check, so thirty parallel
 * guesses are not all checked: at most the free attempts are in flight at once; the same password
 * sent in parallel (a script's calls) shares one reservation, as it shares one check in {@link
 * BasicCredentialCache}. Only a SHA-256 of a password in flight is held, for the time of its check.
 * Kept in memory per instance; a restart forgets it.
 */
public class LoginThrottle {
  /** Failures without any delay. */
  public static final int FREE_ATTEMPTS = 5;

  /** The longest wait between two checked attempts. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(15);

  private static final int MAX_KEYS = 100_000;

  /** Whether an attempt may be checked now, and if not, for how long to wait. */
  public record Decision(boolean allowed, Duration retryAfter) {
    /** The wait in whole seconds, rounded up (for Retry-After): at least 1. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  private record State(int failures, Set<String> inFlight, Instant notBefore) {
    State with(Set<String> others) {
      return new State(failures, Set.copyOf(others), notBefore);
    }
  }

  private final Map<String, State> states = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Reserves one attempt; call {@link #finished} (or {@link #abandoned}) after the check when it
   * was allowed.
   */
  public Decision attempt(String username, String address, String password) {
    Instant now = clock.instant();
    if (states.size() > MAX_KEYS) {
      states
          .values()
          .removeIf(s -> s.inFlight().isEmpty() && s.notBefore().isBefore(now.minus(MAX_DELAY)));
    }
    String credential = Tokens.sha256(password == null ? "" : password);
    Decision[] decision = new Decision[1];
    states.compute(
        key(username, address),
        (k, s) -> {
          State state = s == null ? new State(0, Set.of(), Instant.EPOCH) : s;
          if (state.inFlight().contains(credential)) {
            decision[0] =
                new Decision(true, Duration.ZERO); // the same password is being checked: join it
            return state;
          }
          boolean free = state.failures() + state.inFlight().size() < FREE_ATTEMPTS;
          boolean waited = state.inFlight().isEmpty() && !now.isBefore(state.notBefore());
          if (free || (state.failures() >= FREE_ATTEMPTS && waited)) {
            decision[0] = new Decision(true, Duration.ZERO);
            Set<String> inFlight = new HashSet<>(state.inFlight());
            inFlight.add(credential);
            return state.with(inFlight);
          }
          Duration wait = Duration.between(now, state.notBefore());
          decision[0] =
              new Decision(
                  false, wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
          return state;
        });
    return decision[0];
  }

  /**
   * Ends an allowed attempt: a success forgets the failures, a failure adds to them and the next
   * wait.
   */
  public void finished(String username, String address, String password, boolean success) {
    Instant now = clock.instant();
    String credential = Tokens.sha256(password == null ? "" : password);
    states.computeIfPresent(
        key(username, address),
        (k, s) -> {
          Set<String> inFlight = new HashSet<>(s.inFlight());
          inFlight.remove(credential);
          if (success) {
            return inFlight.isEmpty() ? null : new State(0, Set.copyOf(inFlight), Instant.EPOCH);
          }
          int failures = s.failures() + 1;
          Instant notBefore = failures >= FREE_ATTEMPTS ? now.plus(delay(failures)) : s.notBefore();
          return new State(failures, Set.copyOf(inFlight), notBefore);
        });
  }

  /**
   * Ends an allowed attempt whose check could not be made (an error): neither success nor failure.
   */
  public void abandoned(String username, String address, String password) {
    String credential = Tokens.sha256(password == null ? "" : password);
    states.computeIfPresent(
        key(username, address),
        (k, s) -> {
          Set<String> inFlight = new HashSet<>(s.inFlight());
          inFlight.remove(credential);
          return s.failures() == 0 && inFlight.isEmpty() ? null : s.with(inFlight);
        });
  }

  /**
   * The wait after this many failures: nothing for the free ones, then 1 s doubling up to {@link
   * #MAX_DELAY}.
   */
  static Duration delay(int failures) {
    int over = failures - FREE_ATTEMPTS;
    if (over < 0) {
      return Duration.ZERO;
    }
    long seconds = over >= 20 ? MAX_DELAY.toSeconds() : Math.min(1L << over, MAX_DELAY.toSeconds());
    return Duration.ofSeconds(seconds);
  }

  private static String key(String username, String address) {
    String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return user + '\u0000' + (address == null ? "" : address);
  }
}
