package nl.wmebv.service.core.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import nl.wmebv.service.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {
  private static TestDatabase db;
  private static Jdbi jdbi;
  private final AtomicInteger computed = new AtomicInteger();

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.createEmpty();
    jdbi = db.jdbi();
    jdbi.useHandle(h -> h.execute("CREATE TABLE item (name text)"));
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  @BeforeEach
  void empty() {
    jdbi.useHandle(h -> h.execute("DELETE FROM item"));
  }

  private long count(SnapshotCache<String, Long> cache, String key) {
    return cache.get(
        key,
        h -> {
          computed.incrementAndGet();
          return h.createQuery("SELECT count(*) FROM item").mapTo(Long.class).one();
        });
  }

  private static void insert(String name) {
    jdbi.useHandle(h -> h.execute("INSERT INTO item VALUES (?)", name));
  }

  @Test
  void reusesAResultUntilAnotherTransactionCommitsAWrite() {
    SnapshotCache<String, Long> cache = new SnapshotCache<>(jdbi, 10);
    assertThat(count(cache, "all")).isZero();
    assertThat(count(cache, "all")).isZero();
    assertThat(computed).hasValue(1);

    insert("a");
    assertThat(count(cache, "all")).isEqualTo(1);
    assertThat(computed).hasValue(2);
    // another service instance (its own pool) writing is seen the same way
    db.jdbi().useHandle(h -> h.execute("INSERT INTO item VALUES ('b')"));
    assertThat(count(cache, "all")).isEqualTo(2);
    assertThat(count(cache, "all")).isEqualTo(2);
    assertThat(computed).hasValue(3);
  }

  @Test
  void neverServesWhatWasComputedBeforeATransactionThatWasRunningCommitted() {
    SnapshotCache<String, Long> cache = new SnapshotCache<>(jdbi, 10);
    assertThat(count(cache, "all")).isZero();
    try (Handle writer = db.jdbi().open()) {
      writer.begin();
      writer.execute("INSERT INTO item VALUES ('uncommitted')");
      assertThat(count(cache, "all")).isZero(); // not visible yet
      writer.commit();
    }
    assertThat(count(cache, "all")).isEqualTo(1);
  }

  @Test
  void keepsTheMostRecentlyUsedEntriesOnlyAndZeroMeansOff() {
    SnapshotCache<String, Long> cache = new SnapshotCache<>(jdbi, 2);
    count(cache, "a");
    count(cache, "b");
    count(cache, "a");
    count(cache, "c"); // pushes out b, the least recently used
    assertThat(computed).hasValue(3);
    count(cache, "a");
    count(cache, "b");
    assertThat(computed).hasValue(4);

    computed.set(0);
    SnapshotCache<String, Long> off = new SnapshotCache<>(jdbi, 0);
    count(off, "a");
    count(off, "a");
    assertThat(computed).hasValue(2);
  }
}
