package nl.wmebv.service.resources.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.views.PageView;

/** The logged-in user of a web request, for the views. */
public final class WebUsers {
  private WebUsers() {}

  public static PageView.WebUser of(ContainerRequestContext request) {
    User user =
        request.getSecurityContext() == null
            ? null
            : (User) request.getSecurityContext().getUserPrincipal();
    return new PageView.WebUser(user, (String) request.getProperty(AuthFilter.CSRF_PROPERTY));
  }

  /** The logged-in user of the request; null when there is none. */
  public static User user(ContainerRequestContext request) {
    return request.getSecurityContext() == null
        ? null
        : (User) request.getSecurityContext().getUserPrincipal();
  }

  /** The name recorded in the audit trail for changes made in this request. */
  public static String actor(ContainerRequestContext request) {
    User user =
        request.getSecurityContext() == null
            ? null
            : (User) request.getSecurityContext().getUserPrincipal();
    return user == null ? "anonymous" : user.username();
  }
}
