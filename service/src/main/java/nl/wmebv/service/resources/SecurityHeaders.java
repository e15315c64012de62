package nl.wmebv.service.resources;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the browser-side defences with every response of the application port (pages, API, assets):
 * a Content-Security-Policy that runs only our own script files (no inline script, no eval, no
 * plugins, no framing, forms post only to us), {@code X-Frame-Options} for older browsers, {@code
 * nosniff} and a referrer policy that never sends our paths (which name products and
 * municipalities) to the sites our evidence links point to. Inline {@code style} attributes are
 * allowed, and only those: the dashboard's bars set computed widths; a {@code <style>} element
 * (htmx's indicator styles, switched off in the layout) is not.
 */
public class SecurityHeaders implements Filter {
  /** The policy; one line so a test and SECURITY.md can quote it. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; "
          + "style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      http.setHeader("X-Frame-Options", "DENY");
      http.setHeader("X-Content-Type-Options", "nosniff");
      http.setHeader("Referrer-Policy", "no-referrer");
    }
    chain.doFilter(request, response);
  }
}
