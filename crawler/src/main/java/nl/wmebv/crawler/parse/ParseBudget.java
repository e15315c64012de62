package nl.wmebv.crawler.parse;

import java.util.concurrent.Semaphore;

/**
 * Bounds how much HTML is parsed and analysed at the same moment in this JVM, across every crawl in
 * it.
 *
 * <p>A parsed jsoup document takes about six times its body in heap, and the analysis copies the
 * main content once more: eight threads each parsing a 5 MiB page (under the body cap) need some
 * 500 MB, which ran the 128 MB CLI and crawls in the service out of heap. Each page takes permits
 * for its body size (in KiB) before it is parsed and gives them back once its analysis returned; a
 * page larger than the whole budget takes all of it, so it runs alone. Ordinary pages (50–300 KB)
 * are far below it and never wait for each other. The budget is a 24th of the maximum heap (at
 * least 1 MiB): with a 128 MB heap one 5 MiB page at a time, with the service's 1 GB about 40 MiB
 * of HTML.
 */
public final class ParseBudget {
  private static final ParseBudget SHARED =
      new ParseBudget(kibFor(Runtime.getRuntime().maxMemory()));

  private final int totalKib;
  private final Semaphore permits;

  /** A budget of {@code totalKib} KiB of HTML in parse or analysis at once. */
  public ParseBudget(int totalKib) {
    if (totalKib < 1) {
      throw new IllegalArgumentException("a parse budget needs at least 1 KiB, not " + totalKib);
    }
    this.totalKib = totalKib;
    this.permits =
        new Semaphore(
            totalKib, true); // fair: a large page is not starved by a stream of small ones
  }

  /** The budget shared by every crawl of this JVM, sized from its maximum heap. */
  public static ParseBudget shared() {
    return SHARED;
  }

  /** The budget for a maximum heap of {@code maxHeapBytes}. */
  static int kibFor(long maxHeapBytes) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1024, maxHeapBytes / 1024 / 64));
  }

  /** The budget's size in KiB. */
  public int totalKib() {
    return totalKib;
  }

  /**
   * Waits until a body of {@code bytes} may be parsed; close the permit when its document is let
   * go.
   */
  public Permit acquire(int bytes) throws InterruptedException {
    int kib = weight(bytes);
    permits.acquire(kib);
    return new Permit(kib);
  }

  private int weight(int bytes) {
    long kib = (Math.max(0L, bytes) + 1023) / 1024;
    return (int) Math.max(1, Math.min(totalKib, kib));
  }

  /** KiB free right now (for tests and diagnostics). */
  public int availableKib() {
    return permits.availablePermits();
  }

  /** The permits one page holds; closing it twice gives them back once. */
  public final class Permit implements AutoCloseable {
    private int kib;

    private Permit(int kib) {
      this.kib = kib;
    }

    @Override
    public synchronized void close() {
      if (kib > 0) {
        permits.release(kib);
        kib = 0;
      }
    }
  }
}
