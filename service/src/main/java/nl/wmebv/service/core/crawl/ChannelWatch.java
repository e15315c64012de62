package nl.wmebv.service.core.crawl;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.channel.ChannelVerdict;

/**
 * What the channel watch adds to a page the crawler reports: a product page that answered 304
 * (unchanged, not parsed) still has its channel targets checked again, from the analysis stored for
 * it, and gets its channel verdict recomputed by the crawler's own rule ({@link ChannelVerdict}),
 * so a broken e-form behind an unchanged page is seen. A changed page needs nothing: the crawler
 * analysed it (and checked its channels) as a crawl does.
 */
final class ChannelWatch implements UnaryOperator<PageRecord> {
  private final Map<String, PageAnalysis> stored;
  private final ChannelChecker checker;

  /**
   * @param stored the analysis stored per product page URL
   * @param checker the run's channel checker (null: checks are off, and a 304 page stays as it was)
   */
  ChannelWatch(Map<String, PageAnalysis> stored, ChannelChecker checker) {
    this.stored = Map.copyOf(stored);
    this.checker = checker;
  }

  @Override
  public PageRecord apply(PageRecord page) {
    PageAnalysis before =
        page.status() == 304 && page.analysis() == null ? stored.get(page.url()) : null;
    if (before == null || checker == null) {
      return page;
    }
    List<Channel> channels =
        before.channels().stream()
            .map(c -> c.check() == null ? c : checker.check(c.withCheck(null)))
            .toList();
    return page.withAnalysis(
        new PageAnalysis(
            before.product(),
            channels,
            ChannelVerdict.of(channels),
            before.messageTypes(),
            before.sections(),
            before.missingSections(),
            before.outOfOrderSections(),
            before.readability()));
  }
}
