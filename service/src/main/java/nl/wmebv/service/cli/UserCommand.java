package nl.wmebv.service.cli;

import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import nl.wmebv.service.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.Tokens;
import nl.wmebv.service.core.auth.UserService;
import org.jdbi.v3.core.Jdbi;

/** {@code user <username> <viewer|editor|admin> [config.yml]}: creates a user (or resets one) and prints a new password. */
public class UserCommand extends DatabaseCommand {
  public UserCommand() {
    super("user", "Creates a user, or gives an existing one a new password and role; prints the password");
  }

  @Override
  public void configure(Subparser subparser) {
    subparser.addArgument("username").help("login name: 2-64 of a-z 0-9 . _ @ -");
    subparser.addArgument("role").help("viewer, editor or admin");
    super.configure(subparser);
  }

  @Override
  protected void run(Namespace namespace, WmebvConfiguration config, Jdbi jdbi) {
    Role role = Role.parse(namespace.getString("role"));
    String password = Tokens.password();
    new UserService(jdbi, config.getAuth().getSessionHours())
        .createOrReset(namespace.getString("username"), null, role, password);
    System.out.println("User '" + namespace.getString("username") + "' (" + role.name().toLowerCase()
        + ") has password: " + password);
  }
}
