package nl.wmebv.service.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.util.List;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelCheck;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.crawler.detect.channel.ChannelType;
import nl.wmebv.crawler.detect.product.ProductInfo;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.db.AuditDao;
import nl.wmebv.service.db.AuditEventRow;
import nl.wmebv.service.db.ClusterRow;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.db.PageDao;
import nl.wmebv.service.db.PageRow;
import nl.wmebv.service.db.ProductDao;
import nl.wmebv.service.db.ProductRow;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The merge rules, each with its own case: new, changed, gone, manual decision kept,
 * all-or-nothing.
 */
class InventoryMergerTest {
  private static final String BASE = "https://www.voorbeeld.nl";
  private static final ObjectMapper JSON = Jackson.newObjectMapper();

  private TestDatabase db;
  private Jdbi jdbi;
  private InventoryMerger merger;
  private MunicipalityJson municipality;
  private long siteId;

  @BeforeEach
  void setUp() {
    db = TestDatabase.createMigrated();
    jdbi = db.jdbi();
    merger = new InventoryMerger(jdbi, JSON);
    municipality = new MunicipalityService(jdbi).create("Voorbeeld", BASE);
    siteId = municipality.sites().get(0).id();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void aNewProductPageBecomesANewProductInTheClusterItsRuleNames() {
    mergeRun(
        productPage(
            "/producten/paspoort-aanvragen", "Paspoort aanvragen", ChannelStatus.NOT_DIGITAL));

    ProductRow p = onlyProduct();
    assertThat(p.name()).isEqualTo("Paspoort aanvragen");
    assertThat(p.isNew()).isTrue();
    assertThat(p.needsReview()).isTrue();
    assertThat(p.detectedChannelStatus()).isEqualTo("NOT_DIGITAL");
    assertThat(clusterName(p)).isEqualTo("Burgerzaken");
    assertThat(audit(p))
        .extracting(AuditEventRow::event, AuditEventRow::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("product.created", "crawler"));
  }

  @Test
  void aChangedChannelFlagsTheProductWithBeforeAndAfterEvidence() {
    mergeRun(productPage("/producten/afvalpas", "Afvalpas aanvragen", ChannelStatus.DIGITAL));
    mergeRun(productPage("/producten/afvalpas", "Afvalpas aanvragen", ChannelStatus.BROKEN));

    ProductRow p = onlyProduct();
    assertThat(p.detectedChannelStatus()).isEqualTo("BROKEN");
    assertThat(p.needsReview()).isTrue();
    assertThat(p.reviewReason()).contains("DIGITAL").contains("BROKEN");
    AuditEventRow changed = audit(p).get(0);
    assertThat(changed.event()).isEqualTo("product.channel_changed");
    assertThat(changed.changes())
        .contains("\"from\": \"DIGITAL\"")
        .contains("\"to\": \"BROKEN\"")
        .contains("channels")
        .contains("/formulieren/afvalpas");
  }

  @Test
  void aChangedTextWithTheSameChannelIsFlaggedAndAnUnchangedPageIsNot() {
    mergeRun(productPage("/producten/terras", "Terrasvergunning", ChannelStatus.DIGITAL));
    clearFlags();
    PageRecord same = productPage("/producten/terras", "Terrasvergunning", ChannelStatus.DIGITAL);
    mergeRun(
        new PageRecord(
            same.url(),
            same.finalUrl(),
            304,
            null,
            null,
            1,
            same.contentHash(),
            false,
            null,
            null,
            null,
            List.of(),
            null,
            3,
            null,
            null));
    assertThat(onlyProduct().needsReview()).as("a 304 changes nothing").isFalse();

    mergeRun(same);
    ProductRow p = onlyProduct();
    assertThat(p.needsReview()).isTrue();
    assertThat(p.reviewReason()).isEqualTo("Webtekst gewijzigd");
    assertThat(audit(p).get(0).event()).isEqualTo("product.text_changed");
  }

  @Test
  void aBatchMergedAgainInTheSameRunAddsNothingAndAnOlderRunNeverBecomesThePagesLatest() {
    CrawlRunDao runs = jdbi.onDemand(CrawlRunDao.class);
    long older = runs.start(siteId).id();
    runs.finish(older, "STOPPED", "interrupted");
    long newer = runs.start(siteId).id();
    List<PageRecord> batch =
        List.of(
            productPage("/producten/paspoort", "Paspoort aanvragen", ChannelStatus.DIGITAL),
            productPage("/producten/rijbewijs", "Rijbewijs aanvragen", ChannelStatus.NOT_DIGITAL));
    merger.merge(municipality.id(), siteId, newer, batch);
    // a resumed run fetches again what its last checkpoint did not record: the same URLs, the same
    // run
    merger.merge(municipality.id(), siteId, newer, batch);
    int observations =
        jdbi.withHandle(
            h -> h.createQuery("SELECT count(*) FROM page_observation").mapTo(Integer.class).one());
    assertThat(observations).isEqualTo(2);
    assertThat(jdbi.onDemand(ProductDao.class).listByMunicipality(municipality.id())).hasSize(2);

    merger.merge(
        municipality.id(), siteId, older, batch.subList(0, 1)); // the stopped run resumed late
    assertThat(
            jdbi.onDemand(PageDao.class)
                .findByUrl(siteId, BASE + "/producten/paspoort")
                .orElseThrow()
                .lastCrawlRunId())
        .isEqualTo(Long.valueOf(newer));
  }

  @Test
  void aPageIsGoneOnlyAfterTwoCleanNotFoundsNotAfterAnError() {
    mergeRun(productPage("/producten/hondenbelasting", "Hondenbelasting", ChannelStatus.DIGITAL));
    mergeRun(failed("/producten/hondenbelasting", 0, "timeout after 20 s"));
    mergeRun(failed("/producten/hondenbelasting", 404, "HTTP 404"));
    assertThat(onlyProduct().isGone()).as("one 404 after an error is not gone yet").isFalse();

    mergeRun(failed("/producten/hondenbelasting", 410, "HTTP 410"));
    ProductRow gone = onlyProduct();
    assertThat(gone.isGone()).isTrue();
    assertThat(gone.needsReview()).isTrue();
    assertThat(audit(gone).get(0).event()).isEqualTo("product.gone");

    mergeRun(productPage("/producten/hondenbelasting", "Hondenbelasting", ChannelStatus.DIGITAL));
    assertThat(onlyProduct().isGone()).as("a page that comes back is no longer gone").isFalse();
  }

  @Test
  void aUrlSkippedOnPurposeNeverCreatesFlagsOrRemovesAProduct() {
    mergeRun(PageRecord.skipped(BASE + "/zoeken?q=paspoort", 1, "disallowed by robots.txt"));
    assertThat(jdbi.onDemand(ProductDao.class).listByMunicipality(municipality.id()))
        .as("no product")
        .isEmpty();

    mergeRun(
        productPage("/producten/parkeervergunning", "Parkeervergunning", ChannelStatus.DIGITAL));
    clearFlags();
    ProductRow before = onlyProduct();
    mergeRun(failed("/producten/parkeervergunning", 404, "HTTP 404"));
    for (int i = 0; i < 3; i++) { // the site's robots.txt now disallows the page: crawl after crawl
      mergeRun(
          PageRecord.skipped(BASE + "/producten/parkeervergunning", 1, "disallowed by robots.txt"));
    }

    ProductRow after = onlyProduct();
    assertThat(after.isGone()).as("one 404 and then only skips: not gone").isFalse();
    assertThat(after.needsReview()).isFalse();
    assertThat(after.detectedChannelStatus()).isEqualTo("DIGITAL");
    assertThat(after.version())
        .as("a skip writes nothing to the product")
        .isEqualTo(before.version());
    assertThat(audit(after)).extracting(AuditEventRow::event).containsExactly("product.created");
    PageRow page =
        jdbi.onDemand(PageDao.class)
            .findByUrl(siteId, BASE + "/producten/parkeervergunning")
            .orElseThrow();
    assertThat(page.error()).isEqualTo("disallowed by robots.txt");
    assertThat(page.channelStatus()).as("what was known of the page is kept").isEqualTo("DIGITAL");
    assertThat(page.isProduct()).isTrue();
    assertThat(page.analysis()).isNotNull();
    int changedSkips =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
            SELECT count(*) FROM page_observation WHERE http_status = 0 AND changed""")
                    .mapTo(Integer.class)
                    .one());
    assertThat(changedSkips).as("a skip is never recorded as a change").isZero();
  }

  @Test
  void aPersonsDecisionsSurviveEveryCrawl() {
    mergeRun(
        productPage(
            "/producten/bijzondere-bijstand", "Bijzondere bijstand", ChannelStatus.DIGITAL));
    ProductRow p = onlyProduct();
    ClusterRow chosen =
        jdbi.onDemand(nl.wmebv.service.db.ClusterDao.class).list(municipality.id()).get(0);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
            UPDATE product SET cluster_id = :c, cluster_set_by_person = true, in_scope = false,
              channel_status_override = 'NOT_COMPLIANT', notes = 'besproken in sessie', text_status = 'APPROVED',
              message_types = '{aanvraag}'
            WHERE id = :id""")
                .bind("c", chosen.id())
                .bind("id", p.id())
                .execute());

    mergeRun(
        productPage("/producten/bijzondere-bijstand", "Bijzondere bijstand", ChannelStatus.BROKEN));

    ProductRow after = onlyProduct();
    assertThat(after.detectedChannelStatus()).isEqualTo("BROKEN");
    assertThat(after.clusterId()).isEqualTo(chosen.id());
    assertThat(after.inScope()).isFalse();
    assertThat(after.channelStatusOverride()).isEqualTo("NOT_COMPLIANT");
    assertThat(after.notes()).isEqualTo("besproken in sessie");
    assertThat(after.textStatus()).isEqualTo("APPROVED");
    assertThat(after.messageTypes()).containsExactly("aanvraag");
    assertThat(after.version())
        .as("the crawl's change is visible to the optimistic lock")
        .isGreaterThan(p.version());
  }

  @Test
  void aProductDeclaredInTheFeedIsLinkedToItsPageNotDuplicated() {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
            INSERT INTO product (municipality_id, name, feed_page_url, in_scope)
            VALUES (:m, 'Paspoort', :url, true)""")
                .bind("m", municipality.id())
                .bind("url", BASE + "/producten/paspoort-aanvragen")
                .execute());

    mergeRun(
        productPage(
            "/producten/paspoort-aanvragen", "Paspoort aanvragen", ChannelStatus.NOT_DIGITAL));

    ProductRow p = onlyProduct();
    assertThat(p.pageId()).isNotNull();
    assertThat(p.name()).as("the declared name stays").isEqualTo("Paspoort");
    assertThat(p.inScope()).isTrue();
    assertThat(p.detectedChannelStatus()).isEqualTo("NOT_DIGITAL");
    assertThat(audit(p).get(0).event()).isEqualTo("product.page_linked");
  }

  @Test
  void aBatchIsMergedWhollyOrNotAtAll() {
    long run = jdbi.onDemand(CrawlRunDao.class).start(siteId).id();
    PageRecord good =
        productPage("/producten/kapvergunning", "Kapvergunning", ChannelStatus.DIGITAL);
    PageRecord bad = failed(null, 500, "HTTP 500");
    assertThatThrownBy(() -> merger.merge(municipality.id(), siteId, run, List.of(good, bad)));

    assertThat(jdbi.onDemand(ProductDao.class).listByMunicipality(municipality.id())).isEmpty();
    int pages =
        jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM page").mapTo(Integer.class).one());
    assertThat(pages).isZero();
  }

  private void mergeRun(PageRecord page) {
    CrawlRunDao runs = jdbi.onDemand(CrawlRunDao.class);
    long run = runs.start(siteId).id();
    merger.merge(municipality.id(), siteId, run, List.of(page));
    runs.finish(run, "FINISHED", null);
  }

  private void clearFlags() {
    jdbi.useHandle(
        h ->
            h.execute(
                "UPDATE product SET needs_review = false, is_new = false, review_reason = NULL"));
  }

  private ProductRow onlyProduct() {
    List<ProductRow> all = jdbi.onDemand(ProductDao.class).listByMunicipality(municipality.id());
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private List<AuditEventRow> audit(ProductRow p) {
    return jdbi.onDemand(AuditDao.class).forProduct(p.id());
  }

  private String clusterName(ProductRow p) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT name FROM cluster WHERE id = :id")
                .bind("id", p.clusterId())
                .mapTo(String.class)
                .one());
  }

  private static PageRecord productPage(String path, String name, ChannelStatus status) {
    String target = BASE + "/formulieren" + path.substring(path.lastIndexOf('/')) + "/";
    boolean works = status == ChannelStatus.DIGITAL;
    List<Channel> channels =
        status == ChannelStatus.NOT_DIGITAL
            ? List.of(
                new Channel(
                    ChannelType.APPOINTMENT_PHONE_VISIT,
                    BASE + "/afspraak",
                    "Maak een afspraak",
                    "Aanvragen",
                    "appointment link",
                    null))
            : List.of(
                new Channel(
                    ChannelType.EFORM_DIGID,
                    target,
                    "Direct aanvragen",
                    "Aanvragen",
                    "e-form + DigiD",
                    new ChannelCheck(
                        works, works ? 200 : 404, target, 12, works ? null : "HTTP 404")));
    PageAnalysis analysis =
        new PageAnalysis(
            new ProductInfo(name, null, null, "particulier", "url:/producten/"),
            channels,
            status,
            List.of("aanvraag"),
            List.of("Wat is het?"),
            List.of(),
            List.of(),
            null);
    return new PageRecord(
        BASE + path,
        BASE + path,
        200,
        "text/html",
        name + " | Voorbeeld",
        1,
        "hash-" + status,
        true,
        null,
        null,
        null,
        List.of(),
        null,
        10,
        analysis,
        null);
  }

  private static PageRecord failed(String path, int status, String error) {
    String url = path == null ? null : BASE + path;
    return new PageRecord(
        url, url, status, null, null, 1, null, false, null, null, null, List.of(), error, 10, null,
        null);
  }
}
