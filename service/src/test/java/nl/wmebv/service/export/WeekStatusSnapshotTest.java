package nl.wmebv.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.export.ExportScope;
import nl.wmebv.service.core.export.InventoryExport;
import nl.wmebv.service.core.export.WeekProgress;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.db.ProductQueryDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The weekly progress read from the snapshot of completed weeks ({@code product_week_status})
 * against the same figures computed directly by the definition ({@link #DIRECT}, the query the
 * dashboard ran before the snapshot), on a history of five weeks with channel changes, overrides
 * set and withdrawn, late products, a product without a page, an observation without a verdict and
 * two observations at the same instant.
 */
class WeekStatusSnapshotTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  /**
   * The definition, per week and product, as the dashboard computed it before the snapshot existed.
   */
  private static final String DIRECT =
      """
      WITH bounds AS (
        SELECT LEAST((SELECT min(r.started_at) FROM crawl_run r JOIN site s ON s.id = r.site_id
                      WHERE s.municipality_id = :m),
                     (SELECT min(p.created_at) FROM product p WHERE p.municipality_id = :m)) AS first_at
      ), weeks AS (
        SELECT w AS week_start, (w + interval '1 week') AT TIME ZONE :zone AS week_end
        FROM bounds, generate_series(date_trunc('week', bounds.first_at AT TIME ZONE :zone),
                                     date_trunc('week', now() AT TIME ZONE :zone), interval '1 week') AS w
        WHERE bounds.first_at IS NOT NULL
      )
      SELECT to_char(w.week_start, 'IYYY-"W"IW') AS iso_week, w.week_start::date AS week_start,
             p.cluster_id, c.name AS cluster_name, count(*) AS in_scope,
             count(*) FILTER (WHERE st.status = 'DIGITAL') AS digital
      FROM weeks w
      JOIN product p ON p.municipality_id = :m AND p.in_scope AND p.created_at < w.week_end
           AND (CAST(:c AS bigint) IS NULL OR p.cluster_id = :c)
      LEFT JOIN cluster c ON c.id = p.cluster_id
      CROSS JOIN LATERAL (
        SELECT CASE WHEN w.week_end > now() THEN\s"""
          + ProductQueryDao.EFFECTIVE_STATUS
          + """
       ELSE COALESCE(
          (SELECT e.changes -> 'channelStatusOverride' ->> 'to' FROM audit_event e
           WHERE e.product_id = p.id AND e.changes -> 'channelStatusOverride' IS NOT NULL AND e.at < w.week_end
           ORDER BY e.at DESC, e.id DESC LIMIT 1),
          (SELECT o.channel_status FROM page_observation o
           WHERE o.page_id = p.page_id AND o.channel_status IS NOT NULL AND o.observed_at < w.week_end
           ORDER BY o.observed_at DESC, o.id DESC LIMIT 1)) END AS status) st
      GROUP BY w.week_start, p.cluster_id, c.name, c.position
      ORDER BY w.week_start, c.position NULLS LAST, c.name NULLS LAST, p.cluster_id NULLS LAST""";

  private final Jdbi jdbi = DB.jdbi();
  private final InventoryExport export = new InventoryExport(jdbi);

  @AfterAll
  static void tearDown() {
    DB.close();
  }

  @Test
  void pastWeeksFromTheSnapshotEqualTheDefinition() {
    History town = history("Snapshotstad");
    assertThat(export.progress(town.scope()))
        .as("the first call fills the snapshot")
        .isEqualTo(direct(town.scope()));
    assertThat(
            count(
                "SELECT count(*) FROM product_week_status r JOIN product p ON p.id = r.product_id "
                    + "WHERE p.municipality_id = "
                    + town.id()))
        .isPositive();
    List<LocalDate> through =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
        SELECT DISTINCT s.through_week FROM product_week_snapshot s JOIN product p ON p.id = s.product_id
        WHERE p.municipality_id = :m""")
                    .bind("m", town.id())
                    .mapTo(LocalDate.class)
                    .list());
    assertThat(through)
        .as("completed up to the last week that ended a day ago")
        .containsExactly(lastStoredWeek());
    LocalDate filled =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT through_week FROM municipality_week_snapshot WHERE municipality_id = :m")
                    .bind("m", town.id())
                    .mapTo(LocalDate.class)
                    .one());
    assertThat(filled).isEqualTo(lastStoredWeek());

    assertThat(export.progress(town.scope())).isEqualTo(direct(town.scope()));
    ExportScope cluster =
        new ExportScope(town.id(), "Snapshotstad", town.clusterA(), "Burgerzaken");
    assertThat(export.progress(cluster)).isEqualTo(direct(cluster)).isNotEmpty();
    assertThat(
            export.progress(town.scope()).stream().filter(w -> w.weekStart().isBefore(thisWeek())))
        .as("history worth comparing")
        .hasSizeGreaterThan(8)
        .anyMatch(w -> w.digital() > 0);
  }

  @Test
  void pastWeeksAreReadFromTheSnapshot() {
    History town = history("Leesstad");
    export.progress(town.scope());
    // p1 was NOT_DIGITAL in the week of day -21 (and DIGITAL again from the next one): the stored
    // row says so; a
    // forged row must show in that week's figure
    LocalDate week = weekOf(21);
    assertThat(week).isBeforeOrEqualTo(lastStoredWeek());
    jdbi.useHandle(
        h ->
            h.execute(
                """
        INSERT INTO product_week_status (product_id, week_start, status) VALUES (?, ?, 'DIGITAL')
        ON CONFLICT (product_id, week_start) DO UPDATE SET status = 'DIGITAL'""",
                town.p1(),
                week));

    assertThat(digital(export.progress(town.scope()), week, town.clusterA()))
        .isEqualTo(digital(direct(town.scope()), week, town.clusterA()) + 1);
  }

  @Test
  void aChangeThisWeekLeavesPastWeeksAlone() {
    History town = history("Wijzigstad");
    List<WeekProgress> before = export.progress(town.scope());
    jdbi.useHandle(
        h -> {
          long run = crawl(h, town.site(), 0);
          BackdatedRows.observe(h, town.p1(), run, "NOT_DIGITAL", 0);
          BackdatedRows.observe(h, town.p3(), run, "BROKEN", 0);
          h.execute(
              "UPDATE product SET detected_channel_status = 'NOT_DIGITAL' WHERE id = ?", town.p1());
          h.execute(
              "UPDATE product SET channel_status_override = 'ABSENT' WHERE id = ?", town.p4());
          override(h, town.id(), town.p4(), "ABSENT", 0);
          product(h, town.site(), "Nieuw vandaag", town.clusterA(), "DIGITAL", true, 0);
        });

    List<WeekProgress> after = export.progress(town.scope());
    assertThat(after).isEqualTo(direct(town.scope()));
    assertThat(after.stream().filter(w -> w.weekStart().isBefore(thisWeek())))
        .isEqualTo(before.stream().filter(w -> w.weekStart().isBefore(thisWeek())).toList());
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void aProductLinkedToAnotherPageIsComputedAgain() {
    History town = history("Koppelstad");
    export.progress(town.scope());
    // the feed product p6 gets its page: by the definition its past weeks follow that page's
    // observations
    jdbi.useHandle(
        h -> {
          long page = page(h, town.site(), "/gekoppeld", "DIGITAL");
          long run =
              h.createQuery("SELECT min(id) FROM crawl_run WHERE site_id = :s")
                  .bind("s", town.site())
                  .mapTo(Long.class)
                  .one();
          h.execute(
              """
          INSERT INTO page_observation (page_id, crawl_run_id, http_status, channel_status, observed_at)
          VALUES (?, ?, 200, 'DIGITAL', now() - interval '30 days')""",
              page,
              run);
          h.execute("UPDATE product SET page_id = ? WHERE id = ?", page, town.p6());
        });

    assertThat(export.progress(town.scope()))
        .as("computed per request until the next fill")
        .isEqualTo(direct(town.scope()));
    String linked =
        "SELECT count(*) FROM product_week_snapshot s JOIN product p ON p.id = s.product_id "
            + "WHERE s.page_id = p.page_id AND p.id = "
            + town.p6();
    assertThat(count(linked)).isZero();

    jdbi.useHandle(
        h ->
            h.execute(
                "DELETE FROM municipality_week_snapshot WHERE municipality_id = ?", town.id()));
    assertThat(export.progress(town.scope())).as("the next fill").isEqualTo(direct(town.scope()));
    assertThat(count(linked)).isEqualTo(1);
  }

  @Test
  void aFillThatResumesStoresWhatAFullOneDoes() {
    History town = history("Hervatstad");
    export.progress(town.scope());
    String rows =
        "SELECT r.product_id, r.week_start, r.status FROM product_week_status r "
            + "JOIN product p ON p.id = r.product_id WHERE p.municipality_id = "
            + town.id()
            + " ORDER BY 1, 2";
    List<Map<String, Object>> full = jdbi.withHandle(h -> h.createQuery(rows).mapToMap().list());

    // as if the last three weeks had not been stored yet
    LocalDate back = lastStoredWeek().minusWeeks(3);
    jdbi.useHandle(
        h -> {
          h.execute(
              """
          DELETE FROM product_week_status r USING product p
          WHERE p.id = r.product_id AND p.municipality_id = ? AND r.week_start > ?""",
              town.id(),
              back);
          h.execute(
              """
          UPDATE product_week_snapshot s SET through_week = ? FROM product p
          WHERE p.id = s.product_id AND p.municipality_id = ?""",
              back,
              town.id());
          h.execute(
              "UPDATE municipality_week_snapshot SET through_week = ? WHERE municipality_id = ?",
              back,
              town.id());
        });
    assertThat(export.progress(town.scope())).isEqualTo(direct(town.scope()));
    List<Map<String, Object>> resumed = jdbi.withHandle(h -> h.createQuery(rows).mapToMap().list());
    assertThat(resumed).isEqualTo(full);
  }

  @Test
  void instancesFillingAtOnceAgree() throws Exception {
    History town = history("Racestad");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<List<WeekProgress>> call = () -> new InventoryExport(jdbi).progress(town.scope());
      List<Future<List<WeekProgress>>> calls = pool.invokeAll(List.of(call, call, call, call));
      for (Future<List<WeekProgress>> f : calls) {
        assertThat(f.get()).isEqualTo(direct(town.scope()));
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            count(
                "SELECT count(*) FROM product_week_snapshot s JOIN product p ON p.id = s.product_id "
                    + "WHERE p.municipality_id = "
                    + town.id()))
        .as("one snapshot per product, each created 16+ days ago")
        .isEqualTo(count("SELECT count(*) FROM product WHERE municipality_id = " + town.id()));
  }

  /**
   * A municipality with eight products and five weeks of history; the products the tests change.
   */
  record History(long id, long site, long clusterA, long p1, long p3, long p4, long p6) {
    ExportScope scope() {
      return new ExportScope(id, "", null, null);
    }
  }

  private History history(String name) {
    long id =
        new MunicipalityService(jdbi)
            .create(name, "https://www." + name.toLowerCase() + ".nl")
            .id();
    return jdbi.inTransaction(
        h -> {
          long site =
              h.createQuery("SELECT id FROM site WHERE municipality_id = :m")
                  .bind("m", id)
                  .mapTo(Long.class)
                  .one();
          long a = cluster(h, id, "Burgerzaken");
          long b = cluster(h, id, "Belastingen");
          long[] runs = {
            crawl(h, site, 35),
            crawl(h, site, 28),
            crawl(h, site, 21),
            crawl(h, site, 14),
            crawl(h, site, 7)
          };
          int[] days = {35, 28, 21, 14, 7};
          // p1: digital, lost it in the week of day -21, got it back a week later
          long p1 = product(h, site, "Paspoort", a, "DIGITAL", true, 36);
          String[] p1Seen = {"DIGITAL", "DIGITAL", "NOT_DIGITAL", "DIGITAL", "DIGITAL"};
          for (int i = 0; i < runs.length; i++) {
            BackdatedRows.observe(h, p1, runs[i], p1Seen[i], days[i]);
          }
          // p2: never digital by the detector; a person said DIGITAL on day -20 and withdrew it on
          // day -10
          long p2 = product(h, site, "Verhuizing", a, "NONE", true, 36);
          for (int i = 0; i < runs.length; i++) {
            BackdatedRows.observe(h, p2, runs[i], "NONE", days[i]);
          }
          override(h, id, p2, "DIGITAL", 20);
          override(h, id, p2, null, 10);
          // p3: created on day -16, digital from its first crawl
          long p3 = product(h, site, "Kapvergunning", b, "DIGITAL", true, 16);
          BackdatedRows.observe(h, p3, runs[3], "DIGITAL", 14);
          BackdatedRows.observe(h, p3, runs[4], "DIGITAL", 7);
          // p4: no cluster, a broken form, overridden to DIGITAL on day -25 and still so
          long p4 = product(h, site, "Subsidie", null, "BROKEN", true, 36);
          for (int i = 0; i < runs.length; i++) {
            BackdatedRows.observe(h, p4, runs[i], "BROKEN", days[i]);
          }
          h.execute("UPDATE product SET channel_status_override = 'DIGITAL' WHERE id = ?", p4);
          override(h, id, p4, "DIGITAL", 25);
          // p5: out of scope
          long p5 = product(h, site, "Hondenbelasting", b, "DIGITAL", false, 36);
          BackdatedRows.observe(h, p5, runs[0], "DIGITAL", 35);
          // p6: imported from the feed, no page yet
          long p6 =
              h.createQuery(
                      """
          INSERT INTO product (municipality_id, cluster_id, name, in_scope, created_at)
          VALUES (:m, :c, 'Uit de feed', true, now() - interval '30 days') RETURNING id""")
                  .bind("m", id)
                  .bind("c", a)
                  .mapTo(Long.class)
                  .one();
          // p7: the last crawl got no verdict (an error): the one before counts
          long p7 = product(h, site, "Afvalpas", b, "DIGITAL", true, 36);
          BackdatedRows.observe(h, p7, runs[3], "DIGITAL", 14);
          h.execute(
              """
          INSERT INTO page_observation (page_id, crawl_run_id, http_status, channel_status, error, observed_at)
          SELECT page_id, ?, 0, NULL, 'timeout', now() - interval '7 days' FROM product WHERE id = ?""",
              runs[4],
              p7);
          // p8: two observations at the same instant; the later row wins
          long p8 = product(h, site, "Ligplaats", a, "NOT_DIGITAL", true, 36);
          h.execute(
              """
          INSERT INTO page_observation (page_id, crawl_run_id, http_status, channel_status, observed_at)
          SELECT page_id, ?, 200, s, now() - interval '28 days' FROM product, unnest(ARRAY['DIGITAL', 'NOT_DIGITAL']) s
          WHERE id = ?""",
              runs[1],
              p8);
          return new History(id, site, a, p1, p3, p4, p6);
        });
  }

  private List<WeekProgress> direct(ExportScope scope) {
    return jdbi.withHandle(
        h ->
            h.createQuery(DIRECT)
                .bind("m", scope.municipalityId())
                .bind("c", scope.clusterId())
                .bind("zone", DutchTime.ZONE.getId())
                .map(
                    (rs, ctx) -> {
                      long cluster = rs.getLong("cluster_id");
                      Long clusterId = rs.wasNull() ? null : cluster;
                      String name = rs.getString("cluster_name");
                      return new WeekProgress(
                          rs.getString("iso_week"),
                          rs.getDate("week_start").toLocalDate(),
                          clusterId,
                          name == null ? InventoryExport.NO_CLUSTER : name,
                          rs.getLong("in_scope"),
                          rs.getLong("digital"));
                    })
                .list());
  }

  private static long digital(List<WeekProgress> weeks, LocalDate week, long cluster) {
    return weeks.stream()
        .filter(w -> w.weekStart().equals(week) && Long.valueOf(cluster).equals(w.clusterId()))
        .findFirst()
        .orElseThrow()
        .digital();
  }

  private long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static LocalDate thisWeek() {
    return LocalDate.now(DutchTime.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The Monday of the week the moment {@code daysAgo} days ago fell in (Amsterdam time). */
  private static LocalDate weekOf(int daysAgo) {
    return ZonedDateTime.now(DutchTime.ZONE)
        .minusDays(daysAgo)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The last week the snapshot stores: the one before the week of a day ago. */
  private static LocalDate lastStoredWeek() {
    return weekOf(1).minus(1, ChronoUnit.WEEKS);
  }

  private static long cluster(Handle h, long m, String name) {
    return h.createQuery("SELECT id FROM cluster WHERE municipality_id = :m AND name = :n")
        .bind("m", m)
        .bind("n", name)
        .mapTo(Long.class)
        .one();
  }

  private static long crawl(Handle h, long site, int daysAgo) {
    return h.createQuery(
            """
        INSERT INTO crawl_run (site_id, status, started_at, finished_at)
        VALUES (:s, 'FINISHED', now() - make_interval(days => :d), now() - make_interval(days => :d)) RETURNING id""")
        .bind("s", site)
        .bind("d", daysAgo)
        .mapTo(Long.class)
        .one();
  }

  private static long page(Handle h, long site, String path, String status) {
    return h.createQuery(
            """
        INSERT INTO page (site_id, url, http_status, title, is_product, channel_status)
        VALUES (:s, (SELECT base_url FROM site WHERE id = :s) || :p, 200, :p, true, :c) RETURNING id""")
        .bind("s", site)
        .bind("p", path)
        .bind("c", status)
        .mapTo(Long.class)
        .one();
  }

  private static long product(
      Handle h,
      long site,
      String name,
      Long cluster,
      String detected,
      boolean inScope,
      int daysAgo) {
    long page = page(h, site, "/" + name.toLowerCase().replace(' ', '-'), detected);
    return BackdatedRows.product(h, site, page, name, cluster, detected, inScope, daysAgo);
  }

  private static void override(Handle h, long municipality, long product, String to, int daysAgo) {
    h.createUpdate(
            """
        INSERT INTO audit_event (municipality_id, product_id, entity_type, entity_id, event, actor, changes, at)
        VALUES (:m, :p, 'product', :p, 'product.updated', 'consulent',
                jsonb_build_object('channelStatusOverride', jsonb_build_object('from', NULL, 'to', CAST(:to AS text))),
                now() - make_interval(days => :days))""")
        .bind("m", municipality)
        .bind("p", product)
        .bind("to", to)
        .bind("days", daysAgo)
        .execute();
  }
}
