package nl.wmebv.service.core.auth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.service.db.SessionRow;
import nl.wmebv.service.db.UserDao;
import nl.wmebv.service.db.UserRow;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Users, password checks and login sessions. */
public class UserService {
  /** Shortest password accepted (NCSC/NIST advise length over complexity). */
  public static final int MIN_PASSWORD_LENGTH = 12;
  // verified against when the user does not exist, so a wrong username costs as long as a wrong password
  private static final String DUMMY_HASH = PasswordHasher.hash(Tokens.random());
  private static final Logger LOG = LoggerFactory.getLogger(UserService.class);
  /** Longest display name accepted from the users page. */
  public static final int MAX_DISPLAY_NAME = 200;

  /** A live session: its user and the CSRF token forms must carry. */
  public record Session(User user, String csrfToken) {}

  /** A new session: the cookie token (only its hash is stored) and the CSRF token. */
  public record NewSession(String token, String csrfToken) {}

  /** A user as the users page lists it; never the password hash. */
  public record Account(long id, String username, String displayName, Role role, boolean active) {}

  /** A generated password for a user (new, or reset): shown once, never stored in clear nor logged. */
  public record NewPassword(Account account, String password) {
    @Override
    public String toString() {
      return "NewPassword[" + account.username() + "]"; // keeps the password out of accidental logging
    }
  }

  /** The username exists already. */
  public static final class UsernameTakenException extends RuntimeException {
    public UsernameTakenException(String username) {
      super("username '" + username + "' exists already", null, false, false);
    }
  }

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
      throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    String hash = PasswordHasher.hash(password);
    UserDao users = jdbi.onDemand(UserDao.class);
    UserRow row = users.findByUsername(name).map(existing -> {
      users.reset(existing.id(), hash, role.name());
      return users.findByUsername(name).orElseThrow();
    }).orElseGet(() -> users.insert(name, displayName == null || displayName.isBlank() ? name : displayName,
        hash, role.name()));
    return toUser(row);
  }

  /**
   * Disables the user (someone who left): no login, and the sessions it has end now. {@link #createOrReset}
   * enables it again with a new password. False when there is no such user.
   */
  public boolean disable(String username) {
    return jdbi.inTransaction(h -> {
      UserDao users = h.attach(UserDao.class);
      Optional<UserRow> row = users.findByUsername(normalize(username));
      row.ifPresent(r -> {
        users.setActive(r.id(), false);
        users.deleteSessionsOf(r.id());
      });
      return row.isPresent();
    });
  }

  /** Every user, by username. */
  public List<Account> accounts() {
    return jdbi.onDemand(UserDao.class).list().stream().map(UserService::toAccount).toList();
  }

  public Optional<Account> account(long id) {
    return jdbi.onDemand(UserDao.class).findById(id).map(UserService::toAccount);
  }

  /**
   * Creates a user with a generated password ({@link Tokens#password()}), returned once. Throws
   * IllegalArgumentException for a bad username, {@link UsernameTakenException} when it exists.
   */
  public NewPassword create(String username, String displayName, Role role, String actor) {
    String name = normalize(username);
    String password = Tokens.password();
    String hash = PasswordHasher.hash(password);
    String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
    UserRow row;
    try {
      row = jdbi.inTransaction(h -> {
        UserDao users = h.attach(UserDao.class);
        if (users.findByUsername(name).isPresent()) {
          throw new UsernameTakenException(name);
        }
        return users.insert(name, display, hash, role.name());
      });
    } catch (UnableToExecuteStatementException e) { // created at the same moment by someone else
      if (jdbi.onDemand(UserDao.class).findByUsername(name).isPresent()) {
        throw new UsernameTakenException(name);
      }
      throw e;
    }
    LOG.info("User {} created as {} by {}", name, lower(role), actor);
    return new NewPassword(toAccount(row), password);
  }

  /** Changes the role; the password and sessions stay (a session reads the role at every request). */
  public Optional<Account> setRole(long id, Role role, String actor) {
    return jdbi.inTransaction(h -> {
      UserDao users = h.attach(UserDao.class);
      return users.findById(id).map(r -> {
        Role before = Role.valueOf(r.role());
        if (before != role) {
          users.setRole(id, role.name());
          LOG.info("User {} role {} -> {} by {}", r.username(), lower(before), lower(role), actor);
        }
        return new Account(r.id(), r.username(), r.displayName(), role, r.active());
      });
    });
  }

  /** Gives the user a new generated password, returned once; the sessions it had end. */
  public Optional<NewPassword> resetPassword(long id, String actor) {
    String password = Tokens.password();
    String hash = PasswordHasher.hash(password);
    return jdbi.inTransaction(h -> {
      UserDao users = h.attach(UserDao.class);
      return users.findById(id).map(r -> {
        users.setPassword(id, hash);
        users.deleteSessionsOf(id);
        LOG.info("User {} given a new password by {}", r.username(), actor);
        return new NewPassword(toAccount(r), password);
      });
    });
  }

  /** Enables or disables the user; disabling ends its sessions (as {@link #disable(String)}). */
  public Optional<Account> setActive(long id, boolean active, String actor) {
    return jdbi.inTransaction(h -> {
      UserDao users = h.attach(UserDao.class);
      return users.findById(id).map(r -> {
        if (r.active() != active) {
          users.setActive(id, active);
          LOG.info("User {} {} by {}", r.username(), active ? "enabled" : "disabled", actor);
        }
        if (!active) {
          users.deleteSessionsOf(id);
        }
        return new Account(r.id(), r.username(), r.displayName(), Role.valueOf(r.role()), active);
      });
    });
  }

  /** The user when the password is right and the account active. */
  public Optional<User> authenticate(String username, String password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    Optional<UserRow> row = jdbi.onDemand(UserDao.class).findByUsername(username.trim().toLowerCase(Locale.ROOT));
    boolean ok = PasswordHasher.verify(password, row.map(UserRow::passwordHash).orElse(DUMMY_HASH));
    return row.filter(r -> ok && r.active()).map(UserService::toUser);
  }

  public NewSession login(User user) {
    NewSession session = new NewSession(Tokens.random(), Tokens.random());
    UserDao users = jdbi.onDemand(UserDao.class);
    users.deleteExpiredSessions();
    users.createSession(Tokens.sha256(session.token()), user.id(), session.csrfToken(), sessionHours);
    return session;
  }

  public Optional<Session> session(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return jdbi.onDemand(UserDao.class).findSession(Tokens.sha256(token)).map(UserService::toSession);
  }

  public void logout(String token) {
    if (token != null) {
      jdbi.onDemand(UserDao.class).deleteSession(Tokens.sha256(token));
    }
  }

  public int sessionHours() {
    return sessionHours;
  }

  private static String normalize(String username) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9._@-]{2,64}")) {
      throw new IllegalArgumentException("username must be 2-64 characters: letters, digits, . _ @ -");
    }
    return name;
  }

  private static String lower(Role role) {
    return role.name().toLowerCase(Locale.ROOT);
  }

  private static Account toAccount(UserRow r) {
    return new Account(r.id(), r.username(), r.displayName(), Role.valueOf(r.role()), r.active());
  }

  private static User toUser(UserRow r) {
    return new User(r.id(), r.username(), r.displayName(), Role.valueOf(r.role()));
  }

  private static Session toSession(SessionRow s) {
    return new Session(new User(s.id(), s.username(), s.displayName(), Role.valueOf(s.role())), s.csrfToken());
  }
}
