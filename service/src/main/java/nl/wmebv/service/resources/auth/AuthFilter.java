package nl.wmebv.service.resources.auth;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.service.api.ErrorJson;
import nl.wmebv.service.core.auth.BasicCredentialCache;
import nl.wmebv.service.core.auth.LoginThrottle;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.core.auth.UserService;

/**
 * Every request but the login page and static assets needs a logged-in user: by session cookie (web
 * view) or HTTP Basic (scripts using the API). Changes (POST, PUT, PATCH, DELETE) need at least the
 * editor role, so a viewer can change nothing anywhere; admin-only endpoints add
 * {@code @RolesAllowed("ADMIN")}. HTTP Basic changes only {@code /api/}: a web form's change needs
 * the session cookie and its CSRF token.
 */
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {
  /** Name of the session cookie. */
  public static final String SESSION_COOKIE = "WMEBV_SESSION";

  /** Request property holding the session's CSRF token. */
  public static final String CSRF_PROPERTY = "wmebv.csrf";

  private static final String BASIC = "BASIC";
  private static final Set<String> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final UserService users;
  private final BasicCredentialCache basic;
  private final LoginThrottle throttle;

  @Context
  private HttpServletRequest
      servletRequest; // a proxy to the current request: the client address for the throttle

  public AuthFilter(UserService users, BasicCredentialCache basic, LoginThrottle throttle) {
    this.users = users;
    this.basic = basic;
    this.throttle = throttle;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (isPublic(path)) {
      return;
    }
    boolean secure = request.getSecurityContext().isSecure();
    Optional<AuthContext> auth = fromCookie(request, secure).or(() -> fromBasic(request, secure));
    if (auth.isEmpty()) {
      request.abortWith(unauthenticated(request, path));
      return;
    }
    request.setSecurityContext(auth.get());
    if (!SAFE.contains(request.getMethod())
        && BASIC.equals(auth.get().getAuthenticationScheme())
        && !path.startsWith("api/")) {
      // a web form's change needs the session and its CSRF token; Basic is for scripts calling
      // /api/
      request.abortWith(
          Errors.forbidden(
              request,
              "HTTP Basic is accepted for changes on /api/ only",
              "Wijzigen kan alleen na inloggen op de inlogpagina."));
      return;
    }
    if (!SAFE.contains(request.getMethod())
        && !auth.get().user().role().includes(Role.EDITOR)
        && !path.equals("logout")) {
      request.abortWith(
          Errors.forbidden(
              request,
              "Your role (viewer) may not change anything",
              "U kunt als lezer niets wijzigen."));
    }
  }

  static boolean isPublic(String path) {
    return path.equals("login")
        || path.startsWith("assets/")
        || path.startsWith("webjars/")
        || path.equals("favicon.ico");
  }

  private Optional<AuthContext> fromCookie(ContainerRequestContext request, boolean secure) {
    Cookie cookie = request.getCookies().get(SESSION_COOKIE);
    if (cookie == null) {
      return Optional.empty();
    }
    return users
        .session(cookie.getValue())
        .map(
            s -> {
              request.setProperty(CSRF_PROPERTY, s.csrfToken());
              return new AuthContext(s.user(), AuthContext.SESSION, secure);
            });
  }

  private Optional<AuthContext> fromBasic(ContainerRequestContext request, boolean secure) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      String username = decoded.substring(0, colon);
      String password = decoded.substring(colon + 1);
      String address = servletRequest == null ? "" : servletRequest.getRemoteAddr();
      if (!throttle.attempt(username, address, password).allowed()) {
        return Optional.empty(); // the same guard against guessing as the login page
      }
      Optional<User> user;
      try {
        user = basic.authenticate(username, password);
      } catch (RuntimeException e) {
        throttle.abandoned(username, address, password);
        throw e;
      }
      throttle.finished(username, address, password, user.isPresent());
      return user.map(u -> new AuthContext(u, BASIC, secure));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Response unauthenticated(ContainerRequestContext request, String path) {
    if (path.startsWith("api/") || !Errors.wantsHtml(request)) {
      // no WWW-Authenticate challenge: browsers must not cache Basic credentials (they would bypass
      // CSRF)
      return Response.status(Response.Status.UNAUTHORIZED)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              new ErrorJson(
                  401, "Login required: use the session cookie from /login or HTTP Basic"))
          .build();
    }
    String next = "/" + path;
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    if (query != null && HttpMethod.GET.equals(request.getMethod())) {
      next += "?" + query;
    }
    return Response.seeOther(
            URI.create("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)))
        .build();
  }
}
