package nl.wmebv.service.core.auth;

import java.security.Principal;

/** A logged-in user; the principal of every authenticated request. */
public record User(long id, String username, String displayName, Role role) implements Principal {
  @Override
  public String getName() {
    return username;
  }
}
