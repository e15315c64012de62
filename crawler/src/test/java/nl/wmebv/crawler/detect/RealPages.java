package nl.wmebv.crawler.detect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled real pages of {@code detect/real} (real text of 102 municipalities, our HTML, see
 * {@code make_real.py}) and the channel targets they link, served by a stub server as the platform
 * each is.
 */
public final class RealPages {
  private static final String FORM =
      """
      <html><head><title>Formulier</title></head><body><div id="openforms-container"
      data-base-url="https://formulieren.example.nl/api/v2/" data-form-id="f"></div></body></html>""";
  private static final String APPOINTMENT =
      """
      <html><head><title>Afspraak maken</title></head><body><h1>Afspraak maken</h1>
      <p>Kies een datum en een tijd.</p></body></html>""";
  private static final String INFO =
      "<html><head><title>Informatie</title></head><body><p>Uitleg.</p></body></html>";

  /**
   * One labelled page: where it was, whether it is a product page, its channel status and its
   * targets.
   */
  public record Label(
      String file,
      String url,
      String municipality,
      boolean product,
      String status,
      String targets) {
    /** The targets as "url=kind" pairs. */
    public List<String> targetList() {
      return targets.isBlank() ? List.of() : List.of(targets.split("\\|"));
    }
  }

  private RealPages() {}

  /** The labels of {@code detect/real/labels.csv}. */
  public static List<Label> labels() throws IOException {
    List<Label> labels = new ArrayList<>();
    for (String line : read("detect/real/labels.csv").split("\n")) {
      if (line.isBlank() || line.startsWith("file;")) {
        continue;
      }
      String[] f = line.split(";", -1);
      labels.add(new Label(f[0], f[1], f[2], Boolean.parseBoolean(f[4]), f[5], f[6].strip()));
    }
    return labels;
  }

  /** The HTML of a labelled page. */
  public static String html(Label label) throws IOException {
    return read("detect/real/" + label.file());
  }

  /**
   * Serves a target ("url=kind": digid, form, appointment, pdf, broken, else an information page)
   * on the stubs.
   */
  public static void serveTarget(StubForms stubs, URI target, String kind) {
    String routed = stubs.route(target).getRawPath();
    ResponseDefinitionBuilder answer =
        switch (kind) {
          case "digid" ->
              aResponse()
                  .withStatus(302)
                  .withHeader("Location", "https://digid.nl/inloggen?SAMLRequest=x");
          case "form" -> html(FORM);
          case "appointment" -> html(APPOINTMENT);
          case "pdf" ->
              aResponse()
                  .withStatus(200)
                  .withHeader("Content-Type", "application/pdf")
                  .withBody("%PDF-1.4");
          case "broken" ->
              aResponse()
                  .withStatus(404)
                  .withHeader("Content-Type", "text/html; charset=utf-8")
                  .withBody(
                      "<html><head><title>Pagina niet gevonden</title></head><body><h1>404</h1></body></html>");
          default -> html(INFO);
        };
    stubs.server.stubFor(any(urlPathEqualTo(routed)).atPriority(1).willReturn(answer));
  }

  private static ResponseDefinitionBuilder html(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(body);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = RealPages.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
