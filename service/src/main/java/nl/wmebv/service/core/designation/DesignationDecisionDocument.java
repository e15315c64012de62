package nl.wmebv.service.core.designation;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the draft aanwijzingsbesluit as one self-contained HTML document (print stylesheet
 * inline). The same HTML, with Word's namespaces and ProgId, is the Word-compatible download (.doc,
 * {@code application/msword}).
 */
public final class DesignationDecisionDocument {
  public static final String WORD_MIME = "application/msword";
  private static final Configuration FREEMARKER = configuration();

  private DesignationDecisionDocument() {}

  public static String render(DesignationDecisionModel model) {
    try (StringWriter out = new StringWriter()) {
      FREEMARKER.getTemplate("aanwijzingsbesluit.ftlh").process(Map.of("d", model), out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("Cannot render the aanwijzingsbesluit: " + e.getMessage(), e);
    }
  }

  /** The file name of the Word download, e.g. aanwijzingsbesluit-voorbeeldstad-2026.doc. */
  public static String wordFileName(String municipality, int year) {
    return fileName(municipality, year, "doc");
  }

  /**
   * The download's file name with this extension, e.g. aanwijzingsbesluit-voorbeeldstad-2026.docx.
   */
  public static String fileName(String municipality, int year, String extension) {
    String slug =
        municipality
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return "aanwijzingsbesluit-"
        + (slug.isEmpty() ? "gemeente" : slug)
        + "-"
        + year
        + "."
        + extension;
  }

  private static Configuration configuration() {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassForTemplateLoading(DesignationDecisionDocument.class, "/documents");
    cfg.setDefaultEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    return cfg;
  }
}
