package nl.wmebv.crawler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.frontier.Frontier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers page records to the listener exactly once, counts them, and keeps the records whose
 * analysis is still outstanding so that a page whose analyzer never calls back is still reported at
 * the end.
 */
final class Reporter {
  private static final Logger LOG = LoggerFactory.getLogger(Reporter.class);

  private final CrawlListener listener;
  private final Frontier frontier;
  private final Map<String, PageRecord> awaitingAnalysis = new ConcurrentHashMap<>();
  final AtomicLong pages = new AtomicLong();
  final AtomicLong errors = new AtomicLong();
  final AtomicLong skipped = new AtomicLong();
  final AtomicLong duplicates = new AtomicLong();

  Reporter(CrawlListener listener, Frontier frontier) {
    this.listener = listener;
    this.frontier = frontier;
  }

  /** Reports a record now (non-HTML, errors, skipped, 304, duplicates). */
  void deliver(PageRecord record) {
    try {
      listener.onPage(record);
    } catch (RuntimeException e) {
      LOG.warn("listener failed on {}: {}", record.url(), e.toString());
    }
    // counted and off the to-do list in one step: a checkpoint between the two would count the page
    // and
    // still hold it to do, so a resumed crawl fetched and counted it again
    frontier.atomically(
        () -> {
          count(record);
          frontier.reported(record.url());
          return null;
        });
  }

  private void count(PageRecord record) {
    pages.incrementAndGet();
    if (record.skipped()) {
      skipped
          .incrementAndGet(); // not fetched on purpose (robots.txt, internal address): not an error
    } else if (record.error() != null) {
      errors.incrementAndGet();
    }
    if (record.duplicateOf() != null) {
      duplicates
          .incrementAndGet(); // another URL of a page already recorded: one record, not another
      // page
    }
  }

  /** Registers a record whose analysis will arrive through the returned callback. */
  java.util.function.Consumer<PageAnalysis> awaitAnalysis(PageRecord record) {
    awaitingAnalysis.put(record.url(), record);
    return analysis -> {
      PageRecord waiting = awaitingAnalysis.remove(record.url());
      if (waiting != null) { // a second callback for the same page is ignored
        deliver(waiting.withAnalysis(analysis));
      }
    };
  }

  /** After the analyzer's flush: reports, without analysis, what it never delivered. */
  void deliverUnanalysed() {
    for (String url : awaitingAnalysis.keySet()) {
      PageRecord waiting = awaitingAnalysis.remove(url);
      if (waiting != null) {
        LOG.warn("analyzer never delivered {}; reported without analysis", url);
        deliver(waiting);
      }
    }
  }

  void progress(CrawlProgress progress) {
    try {
      listener.onProgress(progress);
    } catch (RuntimeException e) {
      LOG.warn("listener failed on progress: {}", e.toString());
    }
  }
}
