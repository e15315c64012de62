package nl.wmebv.service.vocabulary;

/** Where a crawl run stands. */
public enum CrawlStatus implements Term {
  RUNNING("RUNNING", "bezig"),
  STOPPED("STOPPED", "gestopt"),
  FINISHED("FINISHED", "klaar"),
  FAILED("FAILED", "mislukt"),
  /** Ended at crawler.maxPages: the site links more URLs, so the inventory is incomplete. */
  PAGE_LIMIT("PAGE_LIMIT", "gestopt bij de paginalimiet");

  private final String code;
  private final String label;

  CrawlStatus(String code, String label) {
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
