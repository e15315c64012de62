package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.api.ProductFilter;
import nl.wmebv.service.api.ProductSort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProductQueryDaoTest extends DaoTestBase {
  static long m;
  static long burgerzaken;
  static long sociaal;

  @BeforeAll
  static void inventory() {
    Inventory inv = new Inventory(jdbi);
    long[] ms = inv.municipality("kampen");
    m = ms[0];
    burgerzaken = inv.cluster(m, "Burgerzaken", 1);
    sociaal = inv.cluster(m, "Sociaal Domein", 2);
    long paspoort =
        inv.product(m, ms[1], "Paspoort aanvragen", "/producten/paspoort", burgerzaken, "DIGITAL");
    long bijstand =
        inv.product(m, ms[1], "Bijzondere bijstand", "/producten/bijstand", sociaal, "NOT_DIGITAL");
    long afval = inv.product(m, ms[1], "Afvalcontainer", "/producten/afval", null, "BROKEN");
    long zwembad = inv.product(m, ms[1], "Zwembad_pas", "/producten/zwem", burgerzaken, null);
    inv.sql(
        "UPDATE product SET is_new = true, in_scope = true, text_status = 'APPROVED', updated_at = now() - interval '3 days' WHERE id = ?",
        paspoort);
    inv.sql(
        "UPDATE product SET needs_review = true, in_scope = false, channel_status_override = 'DIGITAL', updated_at = now() - interval '2 days' WHERE id = ?",
        bijstand);
    inv.sql(
        "UPDATE product SET is_gone = true, uniform_name = 'huisvuil', updated_at = now() - interval '1 days' WHERE id = ?",
        afval);
    inv.sql(
        "INSERT INTO action (product_id, type, status) VALUES (?, 'REPAIR_LINK', 'OPEN')", afval);
    inv.sql("INSERT INTO action (product_id, type, status) VALUES (?, 'NONE', 'DONE')", zwembad);
    long[] other = inv.municipality("zwolle");
    inv.product(other[0], other[1], "Paspoort aanvragen Zwolle", "/paspoort", null, "DIGITAL");
  }

  private static ProductFilter filter(
      Long cluster,
      String channel,
      String action,
      Set<String> flags,
      String text,
      String q,
      String scope) {
    return new ProductFilter(
        cluster, channel, action, flags, text, q, scope, ProductSort.NAME, false, 1, 50);
  }

  private static List<String> names(ProductFilter f) {
    return jdbi.onDemand(ProductQueryDao.class).list(m, f).items().stream()
        .map(ProductViewRow::name)
        .toList();
  }

  @Test
  void listsOnlyTheMunicipalitysProductsByNameWithTheirClusterAndEffectiveStatus() {
    ProductQueryDao.Listing all = jdbi.onDemand(ProductQueryDao.class).list(m, ProductFilter.all());
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.items())
        .extracting(ProductViewRow::name)
        .containsExactly(
            "Afvalcontainer", "Bijzondere bijstand", "Paspoort aanvragen", "Zwembad_pas");
    assertThat(all.items())
        .extracting(ProductViewRow::channelStatus)
        .containsExactly("NOT_COMPLIANT", "DIGITAL", "DIGITAL", "UNKNOWN");
    assertThat(all.items().get(0).openActions()).isEqualTo(1);
    assertThat(all.items().get(3).openActions()).isZero();
    assertThat(all.items().get(2).clusterName()).isEqualTo("Burgerzaken");
    assertThat(all.items().get(2).url()).endsWith("/producten/paspoort");
  }

  @Test
  void filtersByClusterOrNoCluster() {
    assertThat(names(filter(burgerzaken, null, null, Set.of(), null, null, null)))
        .containsExactly("Paspoort aanvragen", "Zwembad_pas");
    assertThat(names(filter(0L, null, null, Set.of(), null, null, null)))
        .containsExactly("Afvalcontainer");
  }

  @Test
  void filtersByEffectiveChannelStatusWhereThePersonsOverrideWins() {
    assertThat(names(filter(null, "DIGITAL", null, Set.of(), null, null, null)))
        .containsExactly("Bijzondere bijstand", "Paspoort aanvragen");
    assertThat(names(filter(null, "ABSENT", null, Set.of(), null, null, null))).isEmpty();
    assertThat(names(filter(null, "NOT_COMPLIANT", null, Set.of(), null, null, null)))
        .containsExactly("Afvalcontainer");
    assertThat(names(filter(null, "UNKNOWN", null, Set.of(), null, null, null)))
        .containsExactly("Zwembad_pas");
  }

  @Test
  void filtersByActionStatus() {
    assertThat(names(filter(null, null, "OPEN", Set.of(), null, null, null)))
        .containsExactly("Afvalcontainer");
    assertThat(names(filter(null, null, "DONE", Set.of(), null, null, null)))
        .containsExactly("Zwembad_pas");
    assertThat(names(filter(null, null, "IN_PROGRESS", Set.of(), null, null, null))).isEmpty();
  }

  @Test
  void filtersByFlagsAllOfWhichMustHold() {
    assertThat(names(filter(null, null, null, Set.of("new"), null, null, null)))
        .containsExactly("Paspoort aanvragen");
    assertThat(names(filter(null, null, null, Set.of("review"), null, null, null)))
        .containsExactly("Bijzondere bijstand");
    assertThat(names(filter(null, null, null, Set.of("gone"), null, null, null)))
        .containsExactly("Afvalcontainer");
    assertThat(names(filter(null, null, null, Set.of("new", "review"), null, null, null)))
        .isEmpty();
  }

  @Test
  void filtersByTextStatusAndScope() {
    assertThat(names(filter(null, null, null, Set.of(), "APPROVED", null, null)))
        .containsExactly("Paspoort aanvragen");
    assertThat(names(filter(null, null, null, Set.of(), "NOT_REVIEWED", null, null))).hasSize(3);
    assertThat(names(filter(null, null, null, Set.of(), null, null, "true")))
        .containsExactly("Paspoort aanvragen");
    assertThat(names(filter(null, null, null, Set.of(), null, null, "false")))
        .containsExactly("Bijzondere bijstand");
    assertThat(names(filter(null, null, null, Set.of(), null, null, "undecided")))
        .containsExactly("Afvalcontainer", "Zwembad_pas");
  }

  @Test
  void searchesNameUniformNameAndUrlCaseInsensitivelyWithWildcardsTakenLiterally() {
    assertThat(names(filter(null, null, null, Set.of(), null, "PAS", null)))
        .containsExactly("Paspoort aanvragen", "Zwembad_pas");
    assertThat(names(filter(null, null, null, Set.of(), null, "huisvuil", null)))
        .containsExactly("Afvalcontainer");
    assertThat(names(filter(null, null, null, Set.of(), null, "/producten/zwem", null)))
        .containsExactly("Zwembad_pas");
    assertThat(names(filter(null, null, null, Set.of(), null, "_", null)))
        .containsExactly("Zwembad_pas");
    assertThat(names(filter(null, null, null, Set.of(), null, "%", null))).isEmpty();
    assertThat(names(filter(null, "DIGITAL", null, Set.of(), null, "pas", null)))
        .containsExactly("Paspoort aanvragen");
  }

  @Test
  void searchFollowsARenameAndAnotherPage() {
    Inventory inv = new Inventory(jdbi);
    long[] ms = inv.municipality("deventer");
    long id = inv.product(ms[0], ms[1], "Hondenbelasting", "/producten/hond", null, "DIGITAL");
    ProductQueryDao dao = jdbi.onDemand(ProductQueryDao.class);
    java.util.function.Function<String, List<String>> search =
        q ->
            dao
                .list(
                    ms[0],
                    new ProductFilter(
                        null, null, null, Set.of(), null, q, null, ProductSort.NAME, false, 1, 50))
                .items()
                .stream()
                .map(ProductViewRow::name)
                .toList();
    assertThat(search.apply("HONDEN")).containsExactly("Hondenbelasting");
    inv.sql("UPDATE product SET name = 'Belasting op honden' WHERE id = ?", id);
    assertThat(search.apply("hondenbelasting")).isEmpty();
    assertThat(search.apply("op honden")).containsExactly("Belasting op honden");
    inv.sql(
        "INSERT INTO page (site_id, url, http_status) VALUES (?, 'https://www.deventer.nl/belastingen/hond', 200)",
        ms[1]);
    inv.sql(
        "UPDATE product SET page_id = (SELECT id FROM page WHERE url LIKE '%/belastingen/hond') WHERE id = ?",
        id);
    assertThat(search.apply("/belastingen/")).containsExactly("Belasting op honden");
    assertThat(search.apply("/producten/hond")).isEmpty();
  }

  @Test
  void sortsByEachWhitelistedOrderBothWays() {
    ProductQueryDao dao = jdbi.onDemand(ProductQueryDao.class);
    java.util.function.BiFunction<ProductSort, Boolean, List<String>> sorted =
        (sort, desc) ->
            dao
                .list(
                    m,
                    new ProductFilter(
                        null, null, null, Set.of(), null, null, null, sort, desc, 1, 50))
                .items()
                .stream()
                .map(ProductViewRow::name)
                .toList();
    assertThat(sorted.apply(ProductSort.NAME, true))
        .containsExactly(
            "Zwembad_pas", "Paspoort aanvragen", "Bijzondere bijstand", "Afvalcontainer");
    assertThat(sorted.apply(ProductSort.CLUSTER, false))
        .containsExactly(
            "Paspoort aanvragen", "Zwembad_pas", "Bijzondere bijstand", "Afvalcontainer");
    assertThat(sorted.apply(ProductSort.STATUS, false))
        .containsExactly(
            "Bijzondere bijstand", "Paspoort aanvragen", "Afvalcontainer", "Zwembad_pas");
    assertThat(sorted.apply(ProductSort.UPDATED, true))
        .containsExactly(
            "Zwembad_pas", "Afvalcontainer", "Bijzondere bijstand", "Paspoort aanvragen");
  }

  @Test
  void pagesWithATotalCount() {
    ProductQueryDao dao = jdbi.onDemand(ProductQueryDao.class);
    ProductQueryDao.Listing second =
        dao.list(
            m,
            new ProductFilter(
                null, null, null, Set.of(), null, null, null, ProductSort.NAME, false, 2, 3));
    assertThat(second.total()).isEqualTo(4);
    assertThat(second.items()).extracting(ProductViewRow::name).containsExactly("Zwembad_pas");
    ProductQueryDao.Listing beyond =
        dao.list(
            m,
            new ProductFilter(
                null, null, null, Set.of(), null, null, null, ProductSort.NAME, false, 9, 3));
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(4);
  }

  @Test
  void findsOneProductById() {
    long id = jdbi.onDemand(ProductQueryDao.class).list(m, ProductFilter.all()).items().get(1).id();
    ProductViewRow row = jdbi.onDemand(ProductQueryDao.class).find(id).orElseThrow();
    assertThat(row.detectedChannelStatus()).isEqualTo("NOT_DIGITAL");
    assertThat(row.channelStatusOverride()).isEqualTo("DIGITAL");
    assertThat(row.messageTypes()).isEmpty();
    assertThat(jdbi.onDemand(ProductQueryDao.class).find(-1)).isEmpty();
  }
}
