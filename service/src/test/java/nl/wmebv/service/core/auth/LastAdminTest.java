package nl.wmebv.service.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.core.ConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The last active admin cannot be demoted or disabled, also when two admins take each other's
 * rights at once.
 */
class LastAdminTest {
  private static TestDatabase db;
  private static UserAccounts accounts;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.createMigrated();
    accounts = new UserAccounts(db.jdbi());
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void theLastAdminRemains() {
    long only = accounts.create("enige", "Enige", Role.ADMIN, "test").account().id();
    assertThatThrownBy(() -> accounts.setRole(only, Role.EDITOR, "test"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> accounts.setActive(only, false, "test"))
        .isInstanceOf(ConflictException.class);
    long second = accounts.create("tweede", "Tweede", Role.ADMIN, "test").account().id();
    assertThat(accounts.setRole(only, Role.EDITOR, "test"))
        .get()
        .extracting(UserAccounts.Account::role)
        .isEqualTo(Role.EDITOR);
    assertThatThrownBy(() -> accounts.setActive(second, false, "test"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void twoAdminsDemotingEachOtherAtOnceLeaveOne() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 15; round++) {
        long a = accounts.create("a" + round, "A", Role.ADMIN, "test").account().id();
        long b = accounts.create("b" + round, "B", Role.ADMIN, "test").account().id();
        // every other admin of earlier rounds is demoted first, so a and b are the only two
        db.jdbi()
            .useHandle(
                h -> h.execute("UPDATE app_user SET role = 'EDITOR' WHERE id NOT IN (?, ?)", a, b));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> both = new ArrayList<>();
        for (long[] pair : new long[][] {{a, b}, {b, a}}) {
          both.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      accounts.setRole(pair[1], Role.VIEWER, "admin " + pair[0]);
                      return true;
                    } catch (ConflictException e) {
                      return false;
                    }
                  }));
        }
        int demoted = (both.get(0).get() ? 1 : 0) + (both.get(1).get() ? 1 : 0);
        int admins =
            db.jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND active")
                            .mapTo(Integer.class)
                            .one());
        assertThat(admins).as("round %d", round).isEqualTo(1);
        assertThat(demoted).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
