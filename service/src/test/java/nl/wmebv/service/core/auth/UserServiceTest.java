package nl.wmebv.service.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wmebv.service.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UserServiceTest {
  private static final String PASSWORD = "a-long-enough-password";
  private static TestDatabase db;
  private static UserService users;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.createMigrated();
    users = new UserService(db.jdbi(), 1);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void aDisabledUserCannotLogInAndLosesItsSessionsUntilReset() {
    User piet = users.createOrReset("piet", "Piet", Role.EDITOR, PASSWORD);
    UserService.NewSession session = users.login(piet);
    assertThat(users.session(session.token())).isPresent();

    assertThat(new UserAccounts(db.jdbi()).disable("Piet")).isTrue();
    assertThat(users.authenticate("piet", PASSWORD)).isEmpty();
    assertThat(users.session(session.token())).isEmpty();
    int sessions =
        db.jdbi()
            .withHandle(
                h -> h.createQuery("SELECT count(*) FROM user_session").mapTo(Integer.class).one());
    assertThat(sessions).as("its sessions are deleted, not only refused").isZero();

    users.createOrReset("piet", null, Role.VIEWER, PASSWORD + "2");
    assertThat(users.authenticate("piet", PASSWORD + "2"))
        .get()
        .extracting(User::role)
        .isEqualTo(Role.VIEWER);
  }

  @Test
  void disablingAnUnknownUserChangesNothing() {
    assertThat(new UserAccounts(db.jdbi()).disable("niemand")).isFalse();
  }
}
