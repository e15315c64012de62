package nl.wmebv.service.core.designation;

import nl.wmebv.service.core.session.HtmlPdf;

/**
 * The aanwijzingsbesluit as PDF: its HTML (the current draft or a stored version, A4 and page
 * numbers from the template's print stylesheet) printed by openhtmltopdf, as the session verslag
 * is.
 */
public final class DesignationDecisionPdf {
  public static final String MIME = "application/pdf";

  private DesignationDecisionPdf() {}

  /** The PDF's bytes for the decision's HTML. */
  public static byte[] render(String html) {
    return HtmlPdf.render(html);
  }
}
