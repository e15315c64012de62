package nl.wmebv.service.vocabulary;

/** Where a crawl run stands. */
public enum CrawlStatus implements Term {
  RUNNING("RUNNING", "bezig"),
  STOPPED("STOPPED", "gestopt"),
  FINISHED("FINISHED", "klaar"),
  FAILED("FAILED", "mislukt");

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
