package nl.wmebv.service.core.product;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmebv.service.db.SnapshotDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Results of read-only queries, reused only while the database's committed state is exactly the
 * same as when they were computed, so a reader never sees anything a query would not have returned.
 * The test is PostgreSQL's transaction snapshot ({@code pg_current_snapshot()}: the oldest running
 * transaction, the next transaction id and the ones in progress). Equal snapshots see exactly the
 * same committed data; the snapshot changes whenever a transaction that writes starts or ends
 * anywhere on the server (any database, any service instance), so every write empties the cache in
 * effect, which is rare between crawls. Reading the snapshot costs one short round trip instead of
 * the query.
 *
 * <p>Why a result can be stored under the snapshot read before computing it: snapshots only move
 * forward. If the query ran on a later state, no later reader can see the earlier snapshot again,
 * so the entry is never used.
 */
public final class SnapshotCache<K, V> {
  private final Jdbi jdbi;
  private final int maxEntries;
  private final Map<K, Entry<V>> entries;

  private record Entry<V>(String snapshot, V value) {}

  /**
   * A cache of at most {@code maxEntries} results (least recently used first out); 0 turns it off.
   */
  public SnapshotCache(Jdbi jdbi, int maxEntries) {
    this.jdbi = jdbi;
    this.maxEntries = maxEntries;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
            return size() > maxEntries;
          }
        };
  }

  /**
   * The value for the key as {@code compute} returns it now: reused if nothing was committed since.
   */
  public V get(K key, HandleCallback<V, RuntimeException> compute) {
    if (maxEntries == 0) {
      return jdbi.withHandle(compute);
    }
    return jdbi.withHandle(
        h -> {
          String snapshot = snapshot(h);
          Entry<V> hit;
          synchronized (entries) {
            hit = entries.get(key);
          }
          if (hit != null && hit.snapshot().equals(snapshot)) {
            return hit.value();
          }
          V value = compute.withHandle(h);
          synchronized (entries) {
            entries.put(key, new Entry<>(snapshot, value));
          }
          return value;
        });
  }

  private static String snapshot(Handle h) {
    return h.attach(SnapshotDao.class).currentSnapshot();
  }
}
