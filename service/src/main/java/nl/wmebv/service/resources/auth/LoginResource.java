package nl.wmebv.service.resources.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import nl.wmebv.service.core.auth.LoginThrottle;
import nl.wmebv.service.core.auth.Tokens;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.core.auth.UserService;
import nl.wmebv.service.views.LoginView;

/** Login and logout for the web view (Dutch). */
@Path("/")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class LoginResource {
  /** Double-submit token of the login form (there is no session yet to hold one). */
  static final String LOGIN_COOKIE = "WMEBV_LOGIN";

  private final UserService users;
  private final LoginThrottle throttle;
  private final boolean secureCookies;

  public LoginResource(UserService users, LoginThrottle throttle, boolean secureCookies) {
    this.users = users;
    this.throttle = throttle;
    this.secureCookies = secureCookies;
  }

  @GET
  @Path("login")
  public Response form(@QueryParam("next") String next) {
    return page(safeNext(next), null, Response.Status.OK);
  }

  @POST
  @Path("login")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response login(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("next") String next,
      @FormParam("_login") String formToken,
      @CookieParam(LOGIN_COOKIE) String cookieToken,
      @Context HttpServletRequest request) {
    String target = safeNext(next);
    if (!Tokens.same(formToken, cookieToken)) {
      return page(
          target, "Het formulier is verlopen. Probeer het nog eens.", Response.Status.FORBIDDEN);
    }
    String address = request.getRemoteAddr();
    LoginThrottle.Decision allowed = throttle.attempt(username, address, password);
    if (!allowed.allowed()) {
      return Response.fromResponse(
              page(
                  target,
                  "Te veel mislukte pogingen. Probeer het over "
                      + waitInDutch(allowed.retryAfterSeconds())
                      + " opnieuw.",
                  Response.Status.TOO_MANY_REQUESTS))
          .header("Retry-After", allowed.retryAfterSeconds())
          .build();
    }
    Optional<User> user;
    try {
      user = users.authenticate(username, password);
    } catch (RuntimeException e) {
      // the check itself failed (the database): no failure counted, no reservation left
      throttle.abandoned(username, address, password);
      throw e;
    }
    throttle.finished(username, address, password, user.isPresent());
    if (user.isEmpty()) {
      return page(target, "Gebruikersnaam of wachtwoord klopt niet.", Response.Status.UNAUTHORIZED);
    }
    UserService.NewSession session = users.login(user.get());
    return Response.seeOther(URI.create(target))
        .cookie(
            cookie(AuthFilter.SESSION_COOKIE, session.token(), users.sessionHours() * 3600),
            cookie(LOGIN_COOKIE, "", 0))
        .build();
  }

  private static String waitInDutch(long seconds) {
    return seconds < 120
        ? seconds + (seconds == 1 ? " seconde" : " seconden")
        : (seconds + 59) / 60 + " minuten";
  }

  @POST
  @Path("logout")
  public Response logout(@CookieParam(AuthFilter.SESSION_COOKIE) String token) {
    users.logout(token);
    return Response.seeOther(URI.create("/login"))
        .cookie(cookie(AuthFilter.SESSION_COOKIE, "", 0))
        .build();
  }

  private Response page(String next, String error, Response.Status status) {
    String token = Tokens.random();
    return Response.status(status)
        .entity(new LoginView(next, error, token))
        .cookie(cookie(LOGIN_COOKIE, token, 3600))
        .build();
  }

  private NewCookie cookie(String name, String value, int maxAge) {
    return new NewCookie.Builder(name)
        .value(value)
        .path("/")
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(secureCookies)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }

  /** Only a path on this site: never an absolute URL or "//host" (an open redirect). */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.contains("\r")
        || next.contains("\n")) {
      return "/";
    }
    try {
      URI uri =
          new URI(
              next); // a crafted next ("/a b", "/%zz") is no address: back to the start page, not a
      // 500
      return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
    } catch (java.net.URISyntaxException e) {
      return "/";
    }
  }
}
