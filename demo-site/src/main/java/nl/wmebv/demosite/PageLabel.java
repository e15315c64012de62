package nl.wmebv.demosite;

import java.util.List;

/**
 * One row of {@code voorbeeldstad/labels.csv}: the expected classification of a demo-site page.
 *
 * @param path root-relative path, with query where the route uses one (e.g. {@code
 *     /loket/startform?id=verhuizing})
 * @param kind product, news, category, contact, home, search, form or other
 * @param cluster cluster name for products and category pages, empty otherwise
 * @param channelStatus DIGITAL, BROKEN, NOT_DIGITAL or NONE for products, empty otherwise
 * @param channelTypes expected channel types of a product (EFORM_DIGID, EFORM_EHERKENNING,
 *     EFORM_OPEN, NATIONAL_PORTAL, EMAIL, PRINT_FORM, APPOINTMENT_PHONE_VISIT); empty list when
 *     none
 * @param notes free text; tokens separated by "; " (e.g. {@code html-meta}, {@code upl=paspoort})
 */
public record PageLabel(
    String path,
    String kind,
    String cluster,
    String channelStatus,
    List<String> channelTypes,
    String notes) {

  /** Whether this label describes a product page. */
  public boolean isProduct() {
    return "product".equals(kind);
  }
}
