package nl.wmebv.service.core.session;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * One HTML document printed as PDF by openhtmltopdf: the verslag's and the aanwijzingsbesluit's one
 * home.
 */
public final class HtmlPdf {
  static {
    XRLog.setLoggerImpl(new PdfLog());
  }

  private HtmlPdf() {}

  /**
   * The PDF's bytes for the HTML (A4 and page numbers come from the document's print stylesheet).
   */
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
