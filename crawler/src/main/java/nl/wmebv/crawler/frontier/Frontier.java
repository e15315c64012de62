package nl.wmebv.crawler.frontier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import nl.wmebv.crawler.filter.TrapGuard;

/**
 * The URLs to crawl, one queue per host with its own delay and concurrency slot: a worker takes the
 * next URL of a host whose delay has passed and that has a free slot. Bounded: at most {@code
 * maxPages} URLs are ever admitted, after the trap rules. Tracks URLs taken but not yet reported,
 * so a snapshot loses nothing. Thread-safe (one lock; a crawl is one site, so contention is low).
 */
public final class Frontier {
  /** Why a URL was or was not admitted. */
  public enum Offer {
    ADMITTED,
    SEEN,
    FULL,
    TRAP
  }

  /** How soon a frontier waiting for a host slot that another crawl holds looks again. */
  private static final long SLOT_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Map<String, CrawlUrl> pending = new LinkedHashMap<>();
  private final TrapGuard traps;
  private final int maxPages;
  private final long defaultDelayMs;
  private final int maxConcurrencyPerHost;
  private final HostSlots slots;
  private int active;
  private int queued;
  private boolean stopped;
  private boolean limitReached;

  public Frontier(TrapGuard traps, int maxPages, long defaultDelayMs, int maxConcurrencyPerHost) {
    this(traps, maxPages, defaultDelayMs, maxConcurrencyPerHost, HostSlots.UNLIMITED);
  }

  /**
   * A frontier whose hosts also need one of the process's {@link HostSlots} while a request to them
   * runs.
   */
  public Frontier(
      TrapGuard traps,
      int maxPages,
      long defaultDelayMs,
      int maxConcurrencyPerHost,
      HostSlots slots) {
    this.slots = slots;
    this.traps = traps;
    this.maxPages = maxPages;
    this.defaultDelayMs = defaultDelayMs;
    this.maxConcurrencyPerHost = maxConcurrencyPerHost;
  }

  /** Admits a new URL unless seen, over the page limit, or a trap. */
  public Offer offer(CrawlUrl url) {
    lock.lock();
    try {
      if (seen.contains(url.url())) {
        return Offer.SEEN;
      }
      if (seen.size() >= maxPages) {
        limitReached = true;
        return Offer.FULL;
      }
      Optional<String> trap = traps.admit(url.uri());
      if (trap.isPresent()) {
        return Offer.TRAP;
      }
      seen.add(url.url());
      enqueue(url);
      return Offer.ADMITTED;
    } finally {
      lock.unlock();
    }
  }

  /**
   * True once a new URL was refused because {@code maxPages} URLs were admitted: the site has more
   * pages.
   */
  public boolean limitReached() {
    lock.lock();
    try {
      return limitReached;
    } finally {
      lock.unlock();
    }
  }

  /**
   * A page of the URL was fetched with this body: the trap rules see calendars whose pages differ
   * only in dates.
   */
  public void fetched(CrawlUrl url, byte[] body) {
    traps.observe(url.uri(), body);
  }

  /**
   * Marks a URL seen without queueing it (a redirect target we fetched); false when it was seen
   * before.
   */
  public boolean markSeen(String url) {
    lock.lock();
    try {
      return seen.add(url);
    } finally {
      lock.unlock();
    }
  }

  /** True when the URL was admitted before. */
  public boolean isSeen(String url) {
    lock.lock();
    try {
      return seen.contains(url);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Restores a snapshot: everything seen, the given URLs queued (counted by the trap rules again).
   */
  public void restore(List<String> seenUrls, List<CrawlUrl> todo) {
    lock.lock();
    try {
      for (String s : seenUrls) {
        if (seen.add(s)) {
          traps.admit(java.net.URI.create(s)); // rebuild the calendar patterns' dates
        }
      }
      for (CrawlUrl u : todo) {
        seen.add(u.url());
        enqueue(u);
      }
    } finally {
      lock.unlock();
    }
  }

  private void enqueue(CrawlUrl url) {
    hosts.computeIfAbsent(url.hostKey(), k -> new HostQueue(defaultDelayMs)).queue.add(url);
    queued++;
    changed.signal();
  }

  /**
   * The next URL whose host may be visited now; blocks while hosts wait for their delay or slot.
   *
   * @return null when the crawl is stopped or nothing is left (no queued URL and none being
   *     processed)
   */
  public CrawlUrl take() throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        if (stopped) {
          return null;
        }
        long now = System.nanoTime();
        long wait = Long.MAX_VALUE;
        for (Map.Entry<String, HostQueue> e : hosts.entrySet()) {
          HostQueue h = e.getValue();
          if (h.queue.isEmpty() || h.inFlight >= maxConcurrencyPerHost) {
            continue;
          }
          if (h.nextAllowedNanos - now <= 0) {
            if (h.inFlight == 0 && !slots.tryEnter(e.getKey())) {
              wait =
                  Math.min(
                      wait, SLOT_POLL_NANOS); // other crawls hold every host slot: look again soon
              continue;
            }
            CrawlUrl url = h.queue.poll();
            queued--;
            h.inFlight++;
            h.nextAllowedNanos = now + TimeUnit.MILLISECONDS.toNanos(h.delayMs);
            active++;
            pending.put(url.url(), url);
            return url;
          }
          wait = Math.min(wait, h.nextAllowedNanos - now);
        }
        if (queued == 0 && active == 0) {
          changed.signalAll(); // wake the other workers so they see the end too
          return null;
        }
        if (wait == Long.MAX_VALUE) {
          changed.await();
        } else {
          changed.awaitNanos(wait);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * A worker finished with a URL taken from {@link #take()} (its links are offered already).
   *
   * @param requested false when no request was made (robots.txt said no), so the host's delay is
   *     not spent
   */
  public void done(CrawlUrl url, boolean requested) {
    lock.lock();
    try {
      HostQueue h = hosts.get(url.hostKey());
      h.inFlight--;
      if (h.inFlight == 0) {
        slots.leave(url.hostKey());
      }
      active--;
      long now = System.nanoTime();
      if (!requested) {
        h.nextAllowedNanos = now;
      } else if (maxConcurrencyPerHost == 1) {
        // one at a time: the delay runs from the end of the request, so a slow site is not pushed
        // harder
        h.nextAllowedNanos = now + TimeUnit.MILLISECONDS.toNanos(h.delayMs);
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The URL's page was reported: it leaves the snapshot's to-do list. */
  public void reported(String url) {
    lock.lock();
    try {
      pending.remove(url);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs the action under the frontier's lock: a page's counters and its leaving the to-do list
   * ({@link #reported}) happen together, so a {@link #snapshot()} taken in the same way sees both
   * or neither.
   */
  public <T> T atomically(java.util.function.Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sets a host's delay (robots.txt Crawl-delay, capped, when larger than the configured delay).
   */
  public void setHostDelay(String hostKey, long delayMs) {
    lock.lock();
    try {
      hosts.computeIfAbsent(hostKey, k -> new HostQueue(defaultDelayMs)).delayMs = delayMs;
    } finally {
      lock.unlock();
    }
  }

  /** Stops handing out URLs; workers finish what they hold. */
  public void stop() {
    lock.lock();
    try {
      stopped = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** URLs waiting. */
  public int queued() {
    lock.lock();
    try {
      return queued;
    } finally {
      lock.unlock();
    }
  }

  /** A consistent copy: URLs still to do (taken-but-unreported first) and every URL seen. */
  public Snapshot snapshot() {
    lock.lock();
    try {
      List<CrawlUrl> todo = new ArrayList<>(pending.values());
      hosts.values().forEach(h -> todo.addAll(h.queue));
      return new Snapshot(todo, new ArrayList<>(seen));
    } finally {
      lock.unlock();
    }
  }

  /** See {@link #snapshot()}. */
  public record Snapshot(List<CrawlUrl> todo, List<String> seen) {}
}
