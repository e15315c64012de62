package nl.wmebv.service.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BasicCredentialCacheTest {
  private static TestDatabase db;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.createMigrated();
    TestUsers.create(db.jdbi(), "script", Role.EDITOR);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aGoodPasswordIsTrustedForAMinuteAndABadOneNever() {
    MovableClock clock = new MovableClock();
    BasicCredentialCache cache = new BasicCredentialCache(new UserService(db.jdbi(), 1), clock);
    assertThat(cache.authenticate("script", TestUsers.PASSWORD)).isPresent();
    assertThat(cache.authenticate("script", "wrong-password-1")).isEmpty();

    // the password changes: the cached check still holds within the minute, not after it
    new UserService(db.jdbi(), 1).createOrReset("script", "script", Role.EDITOR, "another-long-password");
    assertThat(cache.authenticate("script", TestUsers.PASSWORD)).isPresent();
    clock.now = clock.now.plus(BasicCredentialCache.TTL).plus(Duration.ofSeconds(1));
    assertThat(cache.authenticate("script", TestUsers.PASSWORD)).isEmpty();
    assertThat(cache.authenticate("script", "another-long-password")).isPresent();
  }
}
