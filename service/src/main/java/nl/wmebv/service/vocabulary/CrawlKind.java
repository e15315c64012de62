package nl.wmebv.service.vocabulary;

/**
 * What a crawl run does: a full discovery crawl, or the light channel watch of the known product
 * pages.
 */
public enum CrawlKind implements Term {
  CRAWL("crawl", "Volledige crawl"),
  /**
   * Only the known product pages (conditional GET) and their channel targets; finds no new pages.
   */
  CHANNEL_WATCH("channel-watch", "Kanaalcontrole");

  private final String code;
  private final String label;

  CrawlKind(String code, String label) {
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
