package nl.wmebv.service.views;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import nl.wmebv.service.api.CrawlRunJson;

/** The live progress fragment of one crawl run (htmx polls it while the crawl runs). */
public class CrawlProgressView extends View {
  private final CrawlRunJson run;

  public CrawlProgressView(CrawlRunJson run) {
    super("/views/crawl-progress.ftlh", StandardCharsets.UTF_8);
    this.run = run;
  }

  public CrawlRunJson getRun() {
    return run;
  }

  /**
   * For templates: a count with its Dutch noun, "1 product", "3 producten" ({@link
   * nl.wmebv.service.vocabulary.Noun} names the noun).
   */
  public String count(long n, String noun) {
    return nl.wmebv.service.vocabulary.Noun.valueOf(noun).count(n);
  }

  /**
   * Dutch labels of stored codes, by kind (the fragment is also included in pages that have them).
   */
  public java.util.Map<String, java.util.Map<String, String>> getLabels() {
    return Labels.ALL;
  }

  /** Share done, 0..100, from pages done and still queued. */
  public int getPercent() {
    int total = run.pages() + run.queued();
    if ("FINISHED".equals(run.status()) || "PAGE_LIMIT".equals(run.status())) {
      return 100;
    }
    return total == 0 ? 0 : Math.min(99, run.pages() * 100 / total);
  }
}
