package nl.wmebv.crawler.frontier;

import java.util.HashMap;
import java.util.Map;

/**
 * The hosts in flight across every crawl of one process, at most {@code max} at a time (0: no
 * limit): the bound that keeps a shared machine's outgoing connections in check when many crawls
 * run at once. A host is in flight while a request to it is outstanding; two crawls of the same
 * host share its slot.
 */
public final class HostSlots {
  /** No limit: what a crawl on its own (the command line) uses. */
  public static final HostSlots UNLIMITED = new HostSlots(0);

  private final int max;
  private final Map<String, Integer> holders = new HashMap<>();

  public HostSlots(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be 0 (no limit) or more, was " + max);
    }
    this.max = max;
  }

  /**
   * Takes the host's slot (or joins it when the host is in flight already); false when all slots
   * are taken.
   */
  public synchronized boolean tryEnter(String hostKey) {
    Integer count = holders.get(hostKey);
    if (count == null && max > 0 && holders.size() >= max) {
      return false;
    }
    holders.merge(hostKey, 1, Integer::sum);
    return true;
  }

  /** Gives back what {@link #tryEnter} took. */
  public synchronized void leave(String hostKey) {
    holders.computeIfPresent(hostKey, (k, n) -> n == 1 ? null : n - 1);
  }

  /** Hosts in flight now. */
  public synchronized int inFlight() {
    return holders.size();
  }
}
