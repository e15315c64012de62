package nl.wmebv.service.core.session;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The verslag of a cluster session as PDF: the HTML of documents/session-minutes.ftlh (A4, page
 * numbers and the municipality in the footer), printed by openhtmltopdf. FreeMarker escapes every
 * text from the data.
 */
public final class SessionMinutesPdf {
  public static final String MIME = "application/pdf";
  private static final Configuration FREEMARKER = configuration();

  private SessionMinutesPdf() {}

  /** The PDF's bytes. */
  public static byte[] render(SessionMinutes minutes) {
    return HtmlPdf.render(html(minutes));
  }

  /** The HTML the PDF is printed from. */
  public static String html(SessionMinutes minutes) {
    try (StringWriter out = new StringWriter()) {
      FREEMARKER.getTemplate("/documents/session-minutes.ftlh").process(Map.of("m", minutes), out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("Cannot render the verslag: " + e.getMessage(), e);
    }
  }

  private static Configuration configuration() {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    // from the classpath root, as the web views load theirs: the parts template is shared with the
    // verslag page
    cfg.setClassForTemplateLoading(SessionMinutesPdf.class, "/");
    cfg.setDefaultEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    return cfg;
  }
}
