package nl.wmebv.service.resources.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.wmebv.service.core.auth.Tokens;

/**
 * A change made with the session cookie must carry the session's CSRF token, as the form field
 * {@code _csrf} or the header {@code X-CSRF-Token} (htmx sends it from the page), so a forged form
 * on another site is refused. HTTP Basic requests carry no ambient credential and need no token.
 */
@Priority(Priorities.AUTHENTICATION + 10)
public class CsrfFilter implements ContainerRequestFilter {
  public static final String HEADER = "X-CSRF-Token";
  public static final String FIELD = "_csrf";
  private static final Set<String> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private static final int MAX_FORM_BYTES = 1 << 20;

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())
        || request.getSecurityContext() == null
        || !AuthContext.SESSION.equals(request.getSecurityContext().getAuthenticationScheme())) {
      return;
    }
    String expected = (String) request.getProperty(AuthFilter.CSRF_PROPERTY);
    String given = request.getHeaderString(HEADER);
    if (given == null && isForm(request)) {
      given = formField(request);
    }
    if (!Tokens.same(expected, given)) {
      request.abortWith(
          Errors.forbidden(
              request,
              "Missing or wrong CSRF token",
              "Dit formulier is verlopen of niet van deze website. Laad de pagina opnieuw en probeer het nog eens."));
    }
  }

  private static boolean isForm(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
  }

  /** Reads the token from the form body and puts the body back for the resource. */
  private static String formField(ContainerRequestContext request) {
    try {
      byte[] body = request.getEntityStream().readNBytes(MAX_FORM_BYTES);
      request.setEntityStream(new ByteArrayInputStream(body));
      for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && FIELD.equals(pair.substring(0, eq))) {
          return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
