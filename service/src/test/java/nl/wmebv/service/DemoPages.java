package nl.wmebv.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.wmebv.demosite.DemoSite;

/**
 * Pages of the bundled demo site, changed the way the crawl tests change them between two crawls.
 */
public final class DemoPages {
  private DemoPages() {}

  /**
   * The demo page at {@code path} with its e-mail paragraph replaced by a phone number: its only
   * channel lost.
   */
  public static String withoutEmail(String path) {
    String html;
    try (InputStream in =
        DemoSite.class.getResourceAsStream("/" + DemoSite.ROOT + path.substring(1) + ".html")) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String changed =
        html.replaceFirst(
            "(?s)<p>Stuur een e-mail naar .*?</p>",
            "<p>Bel 14 0123 en maak een afspraak om een betalingsregeling te treffen.</p>");
    if (changed.equals(html)) {
      throw new IllegalStateException(path + " has no e-mail paragraph to remove");
    }
    return changed;
  }
}
