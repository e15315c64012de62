package nl.wmebv.service.core.designation;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.wmebv.service.core.session.PdfLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The aanwijzingsbesluit as PDF: its HTML (the current draft or a stored version, A4 and page numbers from the
 * template's print stylesheet) printed by openhtmltopdf, as the session verslag is.
 */
public final class DecisionPdf {
  public static final String MIME = "application/pdf";

  static {
    XRLog.setLoggerImpl(new PdfLog());
  }

  private DecisionPdf() {}

  /** The PDF's bytes for the decision's HTML. */
  public static byte[] render(String html) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // jsoup makes a DOM of the HTML, so the renderer needs no well-formed XHTML
      builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
