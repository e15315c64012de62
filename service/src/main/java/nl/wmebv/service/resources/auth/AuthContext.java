package nl.wmebv.service.resources.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.User;

/** The security context of an authenticated request: the user and how they proved who they are. */
public record AuthContext(User user, String scheme, boolean secure) implements SecurityContext {
  /** Login with the session cookie (needs CSRF tokens on changes). */
  public static final String SESSION = "SESSION";

  @Override
  public Principal getUserPrincipal() {
    return user;
  }

  @Override
  public boolean isUserInRole(String role) {
    try {
      return user.role().includes(Role.parse(role));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return scheme;
  }
}
