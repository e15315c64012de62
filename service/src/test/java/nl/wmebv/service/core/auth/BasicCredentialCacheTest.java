package nl.wmebv.service.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.core.auth.UserService.PasswordCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BasicCredentialCacheTest {
  private static TestDatabase db;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.createMigrated();
    TestUsers.create(db.jdbi(), "script", Role.EDITOR);
    TestUsers.create(db.jdbi(), "parallel", Role.EDITOR);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void aGoodPasswordIsCheckedOnceAMinuteAndABadOneNeverTrusted() {
    MovableClock clock = new MovableClock();
    AtomicInteger checks = new AtomicInteger();
    BasicCredentialCache cache = new BasicCredentialCache(counting(checks), clock);
    assertThat(cache.authenticate("script", TestUsers.PASSWORD)).isPresent();
    assertThat(cache.authenticate("script", TestUsers.PASSWORD)).isPresent();
    assertThat(checks).as("the second use reuses the password check").hasValue(1);
    assertThat(cache.authenticate("script", "wrong-password-1")).isEmpty();
    clock.now = clock.now.plus(BasicCredentialCache.TTL).plus(Duration.ofSeconds(1));
    assertThat(cache.authenticate("script", TestUsers.PASSWORD)).isPresent();
    assertThat(checks).as("after the minute the password is checked again").hasValue(3);
  }

  @Test
  void aNewPasswordEndsTheCachedCheckAtOnce() {
    BasicCredentialCache cache =
        new BasicCredentialCache(new UserService(db.jdbi(), 1), new MovableClock());
    TestUsers.create(db.jdbi(), "repassword", Role.EDITOR);
    assertThat(cache.authenticate("repassword", TestUsers.PASSWORD)).isPresent();
    new UserService(db.jdbi(), 1)
        .createOrReset("repassword", "x", Role.EDITOR, "another-long-password");
    assertThat(cache.authenticate("repassword", TestUsers.PASSWORD)).isEmpty();
    assertThat(cache.authenticate("repassword", "another-long-password")).isPresent();
  }

  @Test
  void aDisabledOrDemotedUserLosesItsRightsAtTheNextRequest() {
    BasicCredentialCache cache =
        new BasicCredentialCache(new UserService(db.jdbi(), 1), new MovableClock());
    TestUsers.create(db.jdbi(), "demoted", Role.ADMIN);
    TestUsers.create(db.jdbi(), "remaining", Role.ADMIN); // the last active admin cannot be demoted
    UserAccounts accounts = new UserAccounts(db.jdbi());
    User admin =
        new UserService(db.jdbi(), 1).authenticate("demoted", TestUsers.PASSWORD).orElseThrow();
    assertThat(cache.authenticate("demoted", TestUsers.PASSWORD))
        .get()
        .extracting(User::role)
        .isEqualTo(Role.ADMIN);

    accounts.setRole(admin.id(), Role.VIEWER, "test");
    assertThat(cache.authenticate("demoted", TestUsers.PASSWORD))
        .get()
        .extracting(User::role)
        .isEqualTo(Role.VIEWER);

    accounts.setActive(admin.id(), false, "test");
    assertThat(cache.authenticate("demoted", TestUsers.PASSWORD)).isEmpty();
    accounts.setActive(admin.id(), true, "test");
    assertThat(cache.authenticate("demoted", TestUsers.PASSWORD))
        .as("enabled again, same password")
        .isPresent();
  }

  private static UserService counting(AtomicInteger checks) {
    return new UserService(db.jdbi(), 1) {
      @Override
      public Optional<PasswordCheck> check(String username, String password) {
        checks.incrementAndGet();
        return super.check(username, password);
      }
    };
  }

  @Test
  void simultaneousMissesWithTheSameCredentialsShareOneCheck() throws Exception {
    AtomicInteger checks = new AtomicInteger();
    BasicCredentialCache cache = new BasicCredentialCache(counting(checks), new MovableClock());
    int clients = 8;
    CyclicBarrier start = new CyclicBarrier(clients);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Optional<User>>> results = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return cache.authenticate("parallel", TestUsers.PASSWORD);
                }));
      }
      for (Future<Optional<User>> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isPresent();
      }
    } finally {
      pool.shutdownNow();
    }
    // an Argon2id check takes tens of milliseconds, so the eight requests overlap: far fewer than
    // eight checks
    assertThat(checks.get()).isBetween(1, 2);
  }
}
