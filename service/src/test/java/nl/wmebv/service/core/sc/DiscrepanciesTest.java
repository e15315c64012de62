package nl.wmebv.service.core.sc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.api.CoverageJson;
import nl.wmebv.service.api.UplFlags;
import nl.wmebv.service.core.upl.UplReference;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.SiteDao;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each discrepancy rule, and coverage, on small hand-made inventories. */
class DiscrepanciesTest {
  static TestDatabase db;
  static Jdbi jdbi;
  static Discrepancies discrepancies;
  static int counter;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.createMigrated();
    jdbi = db.jdbi();
    discrepancies = new Discrepancies(jdbi);
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  /** A municipality with a site and (when {@code crawled}) a finished crawl run. */
  static long[] municipality(boolean crawled) {
    String name = "gemeente" + (++counter);
    long m = jdbi.onDemand(MunicipalityDao.class).insert(name, "https://www." + name + ".nl").id();
    long site =
        jdbi.onDemand(SiteDao.class)
            .insert(m, "https://www." + name + ".nl", new String[0], new String[0])
            .id();
    long run =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
        INSERT INTO crawl_run (site_id, status, finished_at) VALUES (:s, :status, now()) RETURNING id""")
                    .bind("s", site)
                    .bind("status", crawled ? "FINISHED" : "RUNNING")
                    .mapTo(Long.class)
                    .one());
    return new long[] {m, site, run};
  }

  static long page(long[] m, String url, int status, String channelStatus, String analysis) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
        INSERT INTO page (site_id, url, http_status, is_product, channel_status, analysis, last_crawl_run_id)
        VALUES (:s, :url, :status, true, :cs, CAST(:a AS jsonb), :r) RETURNING id""")
                .bind("s", m[1])
                .bind("url", url)
                .bind("status", status)
                .bind("cs", channelStatus)
                .bind("a", analysis)
                .bind("r", m[2])
                .mapTo(Long.class)
                .one());
  }

  static long product(
      long[] m, Long pageId, String feedUrl, String online, String aanvraagUrl, String detected) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
        INSERT INTO product (municipality_id, page_id, name, feed_page_url, feed_online_aanvragen, feed_aanvraag_url,
                             detected_channel_status)
        VALUES (:m, :p, 'Product', :u, :o, :a, :d) RETURNING id""")
                .bind("m", m[0])
                .bind("p", pageId)
                .bind("u", feedUrl)
                .bind("o", online)
                .bind("a", aanvraagUrl)
                .bind("d", detected)
                .mapTo(Long.class)
                .one());
  }

  static List<String> codes(long municipalityId, long productId) {
    return discrepancies.list(municipalityId).stream()
        .filter(d -> d.productId() == productId)
        .map(Discrepancy::code)
        .toList();
  }

  @Test
  void feedSaysNoButThePageOffersAWorkingEform() {
    long[] m = municipality(true);
    long pg = page(m, "https://www.x.nl/parkeervergunning", 200, "DIGITAL", null);
    long p = product(m, pg, "https://www.x.nl/parkeervergunning", "nee", null, "DIGITAL");
    long fine = product(m, null, "https://www.x.nl/b", "ja", null, "DIGITAL");

    assertThat(codes(m[0], p)).containsExactly("FEED_SAYS_NO_BUT_DIGITAL");
    assertThat(codes(m[0], fine)).doesNotContain("FEED_SAYS_NO_BUT_DIGITAL");
    Discrepancy d =
        discrepancies.list(m[0]).stream().filter(x -> x.productId() == p).findFirst().orElseThrow();
    assertThat(d.label()).startsWith("Feed zegt 'niet online");
    assertThat(d.message())
        .isEqualTo(
            "The feed declares onlineAanvragen=nee, but the page offers a working digital"
                + " channel (as the crawl detected)");
  }

  @Test
  void feedSaysOnlineButThePageHasNoWorkingChannel() {
    long[] m = municipality(true);
    long none =
        product(
            m,
            page(m, "https://www.x.nl/a", 200, "NONE", null),
            "https://www.x.nl/a",
            "ja",
            null,
            "NONE");
    long broken =
        product(
            m,
            page(m, "https://www.x.nl/b", 200, "BROKEN", null),
            "https://www.x.nl/b",
            "digid",
            null,
            "BROKEN");
    long print =
        product(
            m,
            page(m, "https://www.x.nl/c", 200, "NOT_DIGITAL", null),
            "https://www.x.nl/c",
            "ja",
            null,
            "NOT_DIGITAL");
    long unknown = product(m, null, "https://www.x.nl/d", "ja", null, null);
    // a person's decision wins over the detector
    long decided =
        product(
            m,
            page(m, "https://www.x.nl/e", 200, "NONE", null),
            "https://www.x.nl/e",
            "ja",
            null,
            "NONE");
    jdbi.useHandle(
        h ->
            h.execute(
                "UPDATE product SET channel_status_override = 'DIGITAL' WHERE id = ?", decided));

    assertThat(codes(m[0], none)).containsExactly("FEED_SAYS_ONLINE_BUT_NOT_DIGITAL");
    assertThat(codes(m[0], broken)).containsExactly("FEED_SAYS_ONLINE_BUT_NOT_DIGITAL");
    assertThat(codes(m[0], print)).containsExactly("FEED_SAYS_ONLINE_BUT_NOT_DIGITAL");
    assertThat(codes(m[0], unknown)).doesNotContain("FEED_SAYS_ONLINE_BUT_NOT_DIGITAL");
    assertThat(codes(m[0], decided)).isEmpty();
  }

  @Test
  void aanvraagUrlPointingToDigid() {
    long[] m = municipality(false);
    long p = product(m, null, "https://www.x.nl/a", "digid", "https://www.digid.nl/", null);
    long q = product(m, null, "https://www.x.nl/b", "digid", "https://digid.nl/aanvragen", null);
    long form =
        product(m, null, "https://www.x.nl/c", "digid", "https://dloket.x.nl/startform?id=1", null);
    assertThat(codes(m[0], p)).containsExactly("AANVRAAG_URL_DIGID");
    assertThat(codes(m[0], q)).containsExactly("AANVRAAG_URL_DIGID");
    assertThat(codes(m[0], form)).isEmpty();
  }

  @Test
  void aanvraagUrlPointingToAnAppointmentSystem() {
    long[] m = municipality(false);
    long a = product(m, null, "https://www.x.nl/a", "ja", "https://afspraken.x.nl/", null);
    long b = product(m, null, "https://www.x.nl/b", "ja", "https://x.qmatic.cloud/booking", null);
    long c =
        product(m, null, "https://www.x.nl/c", "ja", "https://www.mijnafspraakmaken.nl/x", null);
    assertThat(codes(m[0], a)).containsExactly("AANVRAAG_URL_APPOINTMENT");
    assertThat(codes(m[0], b)).containsExactly("AANVRAAG_URL_APPOINTMENT");
    assertThat(codes(m[0], c)).containsExactly("AANVRAAG_URL_APPOINTMENT");
  }

  @Test
  void aanvraagUrlThatTheCrawlsChannelCheckFoundBroken() {
    long[] m = municipality(true);
    String analysis =
        """
        {"channels": [{"type": "EFORM_DIGID", "target": "https://dloket.x.nl/startform?id=P4", "anchorText": "Direct aanvragen",
          "check": {"ok": false, "status": 404, "finalUrl": "https://dloket.x.nl/startform?id=P4", "millis": 12,
                    "error": "not found"}}]}""";
    long pg = page(m, "https://www.x.nl/a", 200, "BROKEN", analysis);
    long p =
        product(
            m, pg, "https://www.x.nl/a", "nee", "https://dloket.x.nl/startform?id=P4", "BROKEN");
    // an aanvraag URL on the own site that the crawl got a 410 for
    page(m, "https://www.x.nl/formulier/oud", 410, null, null);
    long q =
        product(m, null, "https://www.x.nl/b", "nee", "https://www.x.nl/formulier/oud#top", null);
    page(m, "https://www.x.nl/b", 200, "NONE", null);
    // a working check is no discrepancy
    String ok = analysis.replace("\"ok\": false, \"status\": 404", "\"ok\": true, \"status\": 200");
    long r =
        product(
            m,
            page(m, "https://www.x.nl/c", 200, "DIGITAL", ok),
            "https://www.x.nl/c",
            "ja",
            "https://dloket.x.nl/startform?id=P4",
            "DIGITAL");

    assertThat(codes(m[0], p)).containsExactly("AANVRAAG_URL_BROKEN");
    assertThat(
            discrepancies.list(m[0]).stream()
                .filter(d -> d.productId() == p)
                .findFirst()
                .orElseThrow()
                .message())
        .contains("HTTP 404")
        .contains("not found");
    assertThat(codes(m[0], q)).containsExactly("AANVRAAG_URL_BROKEN");
    assertThat(codes(m[0], r)).isEmpty();
  }

  @Test
  void feedPagesTheCrawlDidNotFindAfterAFinishedCrawlOnly() {
    long[] before = municipality(false);
    long unseen = product(before, null, "https://www.x.nl/nergens", "nee", null, null);
    assertThat(codes(before[0], unseen)).isEmpty();
    assertThat(discrepancies.coverage(before[0], UplReference.bundled()).feedProductsNotFound())
        .isEmpty();

    long[] m = municipality(true);
    long missing = product(m, null, "https://www.x.nl/nergens", "nee", null, null);
    long gone =
        product(
            m,
            page(m, "https://www.x.nl/weg", 404, null, null),
            "https://www.x.nl/weg",
            "nee",
            null,
            null);
    page(m, "https://www.x.nl/info", 200, null, null); // found, though not linked to the product
    long found = product(m, null, "https://www.x.nl/info", "nee", null, null);

    assertThat(codes(m[0], missing)).containsExactly("FEED_PAGE_NOT_FOUND");
    assertThat(codes(m[0], gone)).containsExactly("FEED_PAGE_NOT_FOUND");
    assertThat(codes(m[0], found)).isEmpty();
    CoverageJson coverage = discrepancies.coverage(m[0], UplReference.bundled());
    assertThat(coverage.lastFinishedCrawl()).isNotNull();
    assertThat(coverage.feedProductsNotFound())
        .extracting(CoverageJson.NotFound::productId)
        .containsExactlyInAnyOrder(missing, gone);
    assertThat(coverage.feedProductsNotFound())
        .filteredOn(n -> n.productId() == gone)
        .extracting(CoverageJson.NotFound::httpStatus)
        .containsExactly(404);
  }

  @Test
  void uplProductsForMunicipalitiesThatTheInventoryDoesNotCover() {
    long[] m = municipality(false);
    long p = product(m, null, "https://www.x.nl/paspoort", "ja", null, null);
    jdbi.useHandle(
        h ->
            h.execute(
                "UPDATE product SET upl_uri = 'http://standaarden.overheid.nl/owms/terms/paspoort',"
                    + " feed_upl_uris = '{http://standaarden.overheid.nl/owms/terms/paspoort,"
                    + "http://standaarden.overheid.nl/owms/terms/identiteitskaart}' WHERE id = ?",
                p));
    jdbi.useHandle(
        h ->
            h.execute(
                "INSERT INTO product (municipality_id, name, uniform_name) VALUES (?, 'Rijbewijs',"
                    + " 'rijbewijs')",
                m[0]));

    CoverageJson coverage = discrepancies.coverage(m[0], UplReference.bundled());
    assertThat(coverage.uplGemeenteProducts()).isEqualTo(511);
    assertThat(coverage.covered()).isEqualTo(3);
    assertThat(coverage.uplGaps())
        .hasSize(508)
        .extracting(UplFlags::name)
        .doesNotContain("paspoort", "identiteitskaart", "rijbewijs")
        .contains("zwembadpas", "aangifte vertrek buitenland");
    assertThat(coverage.uplGaps()).allMatch(UplFlags::gemeente);
  }

  @Test
  void theRealKampenFeedHasNoDigidOrAppointmentUrlsButCoversPartOfTheUpl() {
    long[] m = municipality(false);
    new ScFeedImporter(jdbi)
        .importFeed(m[0], new ScFeedParser().parse(ScTestData.feedBytes("Kampen")));
    CoverageJson coverage = discrepancies.coverage(m[0], UplReference.bundled());
    assertThat(coverage.covered()).isBetween(100, 206);
    assertThat(coverage.covered() + coverage.uplGaps().size()).isEqualTo(511);
    assertThat(discrepancies.list(m[0]))
        .extracting(Discrepancy::code)
        .doesNotContain("FEED_PAGE_NOT_FOUND", "FEED_SAYS_NO_BUT_DIGITAL");
  }
}
