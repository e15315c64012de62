package nl.wmebv.service.core.product;

import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.detect.product.ProductInfo;

/** The name a new product gets: the analysis' product name, else the page title, else the URL. */
public final class ProductNames {
  private ProductNames() {}

  public static String of(PageRecord page) {
    ProductInfo info = page.analysis() == null ? null : page.analysis().product();
    if (info != null && info.name() != null && !info.name().isBlank()) {
      return info.name().strip();
    }
    return page.title() != null && !page.title().isBlank() ? page.title().strip() : page.url();
  }
}
