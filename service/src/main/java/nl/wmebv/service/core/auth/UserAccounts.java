package nl.wmebv.service.core.auth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.service.db.UserDao;
import nl.wmebv.service.db.UserRow;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Managing users, an admin's task (the users page, the {@code user} command): list, create with a
 * generated password, change role, new password, disable and enable. Logging in and sessions are
 * {@link UserService}'s.
 */
public class UserAccounts {
  private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);

  /** Longest display name accepted from the users page. */
  public static final int MAX_DISPLAY_NAME = 200;

  /** A user as the users page lists it; never the password hash. */
  public record Account(long id, String username, String displayName, Role role, boolean active) {}

  /**
   * A generated password for a user (new, or reset): shown once, never stored in clear nor logged.
   */
  public record NewPassword(Account account, String password) {
    @Override
    public String toString() {
      return "NewPassword["
          + account.username()
          + "]"; // keeps the password out of accidental logging
    }
  }

  /** The username exists already. */
  public static final class UsernameTakenException extends RuntimeException {
    public UsernameTakenException(String username) {
      super("username '" + username + "' exists already", null, false, false);
    }
  }

  private final Jdbi jdbi;

  public UserAccounts(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Every user, by username. */
  public List<Account> accounts() {
    return jdbi.onDemand(UserDao.class).list().stream().map(UserAccounts::toAccount).toList();
  }

  /**
   * Creates a user with a generated password ({@link Tokens#password()}), returned once. Throws
   * IllegalArgumentException for a bad username, {@link UsernameTakenException} when it exists.
   */
  public NewPassword create(String username, String displayName, Role role, String actor) {
    String name = UserService.normalize(username);
    String password = Tokens.password();
    String hash = PasswordHasher.hash(password);
    String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
    UserRow row;
    try {
      row =
          jdbi.inTransaction(
              h -> {
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

  /**
   * Changes the role; the password and sessions stay (a session reads the role at every request).
   */
  public Optional<Account> setRole(long id, Role role, String actor) {
    return jdbi.inTransaction(
        h -> {
          UserDao users = h.attach(UserDao.class);
          return users
              .findById(id)
              .map(
                  r -> {
                    Role before = Role.valueOf(r.role());
                    if (before != role) {
                      if (before == Role.ADMIN && r.active()) {
                        requireAnotherAdmin(users, id, r.username());
                      }
                      users.setRole(id, role.name());
                      LOG.info(
                          "User {} role {} -> {} by {}",
                          r.username(),
                          lower(before),
                          lower(role),
                          actor);
                    }
                    return new Account(r.id(), r.username(), r.displayName(), role, r.active());
                  });
        });
  }

  /**
   * ConflictException when {@code id} is the last active admin (checked under a lock on the
   * admins).
   */
  private static void requireAnotherAdmin(UserDao users, long id, String username) {
    if (users.lockActiveAdmins().stream().noneMatch(other -> other != id)) {
      throw new nl.wmebv.service.core.ConflictException(
          "User " + username + " is the last active admin",
          "Dit is de laatste actieve beheerder: maak eerst iemand anders beheerder.");
    }
  }

  /** Gives the user a new generated password, returned once; the sessions it had end. */
  public Optional<NewPassword> resetPassword(long id, String actor) {
    String password = Tokens.password();
    String hash = PasswordHasher.hash(password);
    return jdbi.inTransaction(
        h -> {
          UserDao users = h.attach(UserDao.class);
          return users
              .findById(id)
              .map(
                  r -> {
                    users.setPassword(id, hash);
                    users.deleteSessionsOf(id);
                    LOG.info("User {} given a new password by {}", r.username(), actor);
                    return new NewPassword(toAccount(r), password);
                  });
        });
  }

  /** Enables or disables the user; disabling ends its sessions (as {@link #disable(String)}). */
  public Optional<Account> setActive(long id, boolean active, String actor) {
    return jdbi.inTransaction(
        h -> {
          UserDao users = h.attach(UserDao.class);
          return users
              .findById(id)
              .map(
                  r -> {
                    if (r.active() != active) {
                      if (!active && Role.valueOf(r.role()) == Role.ADMIN) {
                        requireAnotherAdmin(users, id, r.username());
                      }
                      users.setActive(id, active);
                      LOG.info(
                          "User {} {} by {}", r.username(), active ? "enabled" : "disabled", actor);
                    }
                    if (!active) {
                      users.deleteSessionsOf(id);
                    }
                    return new Account(
                        r.id(), r.username(), r.displayName(), Role.valueOf(r.role()), active);
                  });
        });
  }

  /**
   * Disables the user (someone who left): no login, and the sessions it has end now. {@link
   * UserService#createOrReset} enables it again with a new password. False when there is no such
   * user.
   */
  public boolean disable(String username) {
    return jdbi.onDemand(UserDao.class)
        .findByUsername(UserService.normalize(username))
        .flatMap(r -> setActive(r.id(), false, "the user command"))
        .isPresent();
  }

  private static String lower(Role role) {
    return role.name().toLowerCase(Locale.ROOT);
  }

  private static Account toAccount(UserRow r) {
    return new Account(r.id(), r.username(), r.displayName(), Role.valueOf(r.role()), r.active());
  }
}
