package nl.wmebv.service.core.auth;

import java.util.Locale;
import java.util.Optional;
import nl.wmebv.service.db.SessionRow;
import nl.wmebv.service.db.UserDao;
import nl.wmebv.service.db.UserRow;
import org.jdbi.v3.core.Jdbi;

/** Users, password checks and login sessions. */
public class UserService {
  /** Shortest password accepted (NCSC/NIST advise length over complexity). */
  public static final int MIN_PASSWORD_LENGTH = 12;

  // verified against when the user does not exist, so a wrong username costs as long as a wrong
  // password
  private static final String DUMMY_HASH = PasswordHasher.hash(Tokens.random());

  /** A live session: its user and the CSRF token forms must carry. */
  public record Session(User user, String csrfToken) {}

  /**
   * A successful password check: the user and the stored hash it was checked against (never the
   * password).
   */
  public record PasswordCheck(User user, String passwordHash) {
    @Override
    public String toString() {
      return "PasswordCheck[" + user.username() + "]"; // keeps the hash out of accidental logging
    }
  }

  /** A new session: the cookie token (only its hash is stored) and the CSRF token. */
  public record NewSession(String token, String csrfToken) {}

  private final Jdbi jdbi;
  private final int sessionHours;

  public UserService(Jdbi jdbi, int sessionHours) {
    this.jdbi = jdbi;
    this.sessionHours = sessionHours;
  }

  /** Creates the user, or resets password and role when the username exists. */
  public User createOrReset(String username, String displayName, Role role, String password) {
    String name = normalize(username);
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    String hash = PasswordHasher.hash(password);
    UserDao users = jdbi.onDemand(UserDao.class);
    UserRow row =
        users
            .findByUsername(name)
            .map(
                existing -> {
                  users.reset(existing.id(), hash, role.name());
                  return users.findByUsername(name).orElseThrow();
                })
            .orElseGet(
                () ->
                    users.insert(
                        name,
                        displayName == null || displayName.isBlank() ? name : displayName,
                        hash,
                        role.name()));
    return toUser(row);
  }

  /** The user when the password is right and the account active. */
  public Optional<User> authenticate(String username, String password) {
    return check(username, password).map(PasswordCheck::user);
  }

  /**
   * As {@link #authenticate}, with the stored hash the password was checked against, so that a
   * cache of this check can later ask {@link #stillValid} whether the account changed since.
   */
  public Optional<PasswordCheck> check(String username, String password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    Optional<UserRow> row =
        jdbi.onDemand(UserDao.class).findByUsername(username.trim().toLowerCase(Locale.ROOT));
    boolean ok = PasswordHasher.verify(password, row.map(UserRow::passwordHash).orElse(DUMMY_HASH));
    return row.filter(r -> ok && r.active())
        .map(r -> new PasswordCheck(toUser(r), r.passwordHash()));
  }

  /**
   * The user of an earlier successful {@link #check}, with the role it has now, while the account
   * is active and its password hash is still the one checked against; empty once it was disabled,
   * removed or given a new password. One indexed read, so it runs at every use of a cached check,
   * on every instance (the database is shared).
   */
  public Optional<User> stillValid(PasswordCheck earlier) {
    return jdbi.onDemand(UserDao.class)
        .findById(earlier.user().id())
        .filter(r -> r.active() && r.passwordHash().equals(earlier.passwordHash()))
        .map(UserService::toUser);
  }

  public NewSession login(User user) {
    NewSession session = new NewSession(Tokens.random(), Tokens.random());
    UserDao users = jdbi.onDemand(UserDao.class);
    users.deleteExpiredSessions();
    users.createSession(
        Tokens.sha256(session.token()), user.id(), session.csrfToken(), sessionHours);
    return session;
  }

  public Optional<Session> session(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return jdbi.onDemand(UserDao.class)
        .findSession(Tokens.sha256(token))
        .map(UserService::toSession);
  }

  public void logout(String token) {
    if (token != null) {
      jdbi.onDemand(UserDao.class).deleteSession(Tokens.sha256(token));
    }
  }

  public int sessionHours() {
    return sessionHours;
  }

  static String normalize(String username) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9._@-]{2,64}")) {
      throw new IllegalArgumentException(
          "username must be 2-64 characters: letters, digits, . _ @ -");
    }
    return name;
  }

  private static User toUser(UserRow r) {
    return new User(r.id(), r.username(), r.displayName(), Role.valueOf(r.role()));
  }

  private static Session toSession(SessionRow s) {
    return new Session(
        new User(s.id(), s.username(), s.displayName(), Role.valueOf(s.role())), s.csrfToken());
  }
}
