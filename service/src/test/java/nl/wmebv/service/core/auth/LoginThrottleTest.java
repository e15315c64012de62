package nl.wmebv.service.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Throttling per username and address: atomic reservations, growing delays, no lock-out by
 * strangers.
 */
class LoginThrottleTest {
  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void thirtyParallelGuessesGetOnlyTheFreeAttemptsChecked() throws Exception {
    int guesses = 30;
    CyclicBarrier start = new CyclicBarrier(guesses);
    ExecutorService pool = Executors.newFixedThreadPool(guesses);
    try {
      List<Future<Boolean>> allowed = new ArrayList<>();
      for (int i = 0; i < guesses; i++) {
        String guess = "guess-" + i;
        allowed.add(
            pool.submit(
                () -> {
                  start.await();
                  return throttle.attempt("admin", "203.0.113.9", guess).allowed();
                }));
      }
      int checked = 0;
      for (Future<Boolean> f : allowed) {
        checked += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(checked).isEqualTo(LoginThrottle.FREE_ATTEMPTS);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void failuresFromOneAddressSlowThatAddressOnlyWithGrowingDelays() {
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
      assertThat(throttle.attempt("admin", "203.0.113.9", "wrong-" + i).allowed()).isTrue();
      throttle.finished("admin", "203.0.113.9", "wrong-" + i, false);
    }
    LoginThrottle.Decision refused = throttle.attempt("admin", "203.0.113.9", "right");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));

    // the admin at the office is not locked out by the stranger
    assertThat(throttle.attempt("admin", "192.0.2.10", "right").allowed()).isTrue();
    throttle.finished("admin", "192.0.2.10", "right", true);

    clock.now = clock.now.plusSeconds(1);
    assertThat(throttle.attempt("admin", "203.0.113.9", "wrong-5").allowed()).isTrue();
    throttle.finished("admin", "203.0.113.9", "wrong-5", false);
    assertThat(throttle.attempt("admin", "203.0.113.9", "x").retryAfter())
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(LoginThrottle.delay(12)).isEqualTo(Duration.ofSeconds(128));
    assertThat(LoginThrottle.delay(40)).isEqualTo(LoginThrottle.MAX_DELAY);
  }

  @Test
  void theSamePasswordInParallelSharesOneReservationAndASuccessForgets() {
    for (int i = 0; i < 8; i++) {
      assertThat(throttle.attempt("script", "198.51.100.7", "the-right-password").allowed())
          .as("call " + i)
          .isTrue();
    }
    throttle.finished("script", "198.51.100.7", "the-right-password", true);
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
      assertThat(throttle.attempt("script", "198.51.100.7", "w" + i).allowed()).isTrue();
    }
  }
}
