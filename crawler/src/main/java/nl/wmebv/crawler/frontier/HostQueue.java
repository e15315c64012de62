package nl.wmebv.crawler.frontier;

import java.util.ArrayDeque;

/** The URLs of one host with its politeness state; guarded by the {@link Frontier}'s lock. */
final class HostQueue {
  final ArrayDeque<CrawlUrl> queue = new ArrayDeque<>();
  long delayMs;
  long nextAllowedNanos;
  int inFlight;

  HostQueue(long delayMs) {
    this.delayMs = delayMs;
  }
}
