package nl.wmebv.service.resources.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.security.Principal;

/**
 * Who makes a change, for the audit trail, decided here and nowhere else: the logged-in user when
 * there is one; otherwise the {@code X-Actor} request header; otherwise "api".
 */
public final class Actor {
  public static final String HEADER = "X-Actor";
  public static final String DEFAULT = "api";
  private static final int MAX_LENGTH = 100;

  private Actor() {}

  public static String of(ContainerRequestContext request) {
    Principal user =
        request.getSecurityContext() == null
            ? null
            : request.getSecurityContext().getUserPrincipal();
    if (user != null && user.getName() != null) {
      return user.getName();
    }
    String header = request.getHeaderString(HEADER);
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    String name = header.strip();
    return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
  }
}
