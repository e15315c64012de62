package nl.wmebv.service.cli;

import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.BasicCredentialCache;
import nl.wmebv.service.core.auth.MunicipalityScopes;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.Tokens;
import nl.wmebv.service.core.auth.UserAccounts;
import nl.wmebv.service.core.auth.UserService;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code user <username> <viewer|editor|admin|disable> [config.yml]}: creates a user (or resets
 * one, which also enables it again) and prints a new password, or disables one.
 */
public class UserCommand extends DatabaseCommand {
  public UserCommand() {
    super(
        "user",
        "Creates a user, or gives an existing one a new password and role (printed); or disables one");
  }

  @Override
  public void configure(Subparser subparser) {
    subparser.addArgument("username").help("login name: 2-64 of a-z 0-9 . _ @ -");
    subparser
        .addArgument("role")
        .help("viewer, editor or admin; or disable: the user can no longer log in");
    super.configure(subparser);
  }

  @Override
  protected void run(Namespace namespace, WmebvConfiguration config, Jdbi jdbi) {
    String username = namespace.getString("username");
    UserService users = new UserService(jdbi, config.getAuth().getSessionHours());
    if ("disable".equals(namespace.getString("role"))) {
      if (!new UserAccounts(jdbi).disable(username)) {
        throw new IllegalArgumentException("No user '" + username + "'");
      }
      System.out.println(
          "User '"
              + username
              + "' is disabled: its sessions ended; an API script's HTTP Basic login "
              + "is refused within "
              + BasicCredentialCache.TTL.toSeconds()
              + " s");
      return;
    }
    Role role;
    try {
      role = Role.parse(namespace.getString("role"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + ", or disable");
    }
    String password = Tokens.password();
    long id = users.createOrReset(username, null, role, password).id();
    if (role == Role.ADMIN) {
      // the command is how the first admin is made: an admin without municipalities could not set
      // anyone up
      new MunicipalityScopes(jdbi).replace(id, true, List.of(), "user command");
    }
    System.out.println(
        "User '"
            + username
            + "' ("
            + role.name().toLowerCase()
            + (role == Role.ADMIN
                ? ", all municipalities"
                : ", no municipalities until an admin assigns some")
            + ") has password: "
            + password);
  }
}
