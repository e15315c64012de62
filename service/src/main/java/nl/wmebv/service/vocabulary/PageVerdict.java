package nl.wmebv.service.vocabulary;

/**
 * A person's verdict on a crawled page, which every later crawl follows (and its template siblings
 * weigh).
 */
public enum PageVerdict implements Term {
  PRODUCT("PRODUCT", "Wel een product"),
  NOT_PRODUCT("NOT_PRODUCT", "Geen product");

  private final String code;
  private final String label;

  PageVerdict(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
