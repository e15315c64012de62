package nl.wmebv.service.views;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The base of the session pages: a {@link PageView} always rendered in UTF-8. Without a charset Dropwizard
 * asks FreeMarker's built-in locale map, which picks ISO-8859-1 for nl and en, so text such as “ ” € or ë
 * from the database would reach the browser (which reads the page as UTF-8) garbled.
 */
public abstract class SessionPageView extends PageView {
  protected SessionPageView(String template, WebUser webUser) {
    super(template, webUser);
  }

  @Override
  public Optional<Charset> getCharset() {
    return Optional.of(StandardCharsets.UTF_8);
  }
}
