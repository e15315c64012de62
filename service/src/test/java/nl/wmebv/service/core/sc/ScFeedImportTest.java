package nl.wmebv.service.core.sc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.wmebv.crawler.filter.UrlNormalizer;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.MunicipalityRow;
import nl.wmebv.service.db.ScFeedDao;
import nl.wmebv.service.db.SiteDao;
import nl.wmebv.service.db.SiteRow;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScFeedImportTest {
  static TestDatabase db;
  static Jdbi jdbi;
  static ScFeedImporter importer;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.createMigrated();
    jdbi = db.jdbi();
    importer = new ScFeedImporter(jdbi);
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  static MunicipalityRow municipality(String name) {
    return jdbi.onDemand(MunicipalityDao.class)
        .insert(name, "https://www." + name.toLowerCase() + ".nl");
  }

  static int count(String sql, long municipalityId) {
    return jdbi.withHandle(
        h -> h.createQuery(sql).bind("m", municipalityId).mapTo(Integer.class).one());
  }

  static int products(long m) {
    return count("SELECT count(*) FROM product WHERE municipality_id = :m", m);
  }

  static int audits(long m) {
    return count("SELECT count(*) FROM audit_event WHERE municipality_id = :m", m);
  }

  /**
   * Record counts as the files hold them: every file's numberOfRecords equals its records, and
   * every record has its own page URL, also after normalization (Kampen's
   * "https://www.kampen.nl//x" double slash becomes "/x"), so records = products.
   */
  @ParameterizedTest
  @CsvSource({
    "Kampen,206,91,115,0",
    "Hilversum,142,56,86,0",
    "Amsterdam,482,0,482,0",
    "Maashorst,44,15,29,0",
    "Dalfsen,286,148,120,18",
    "Veere,127,13,101,13"
  })
  void importsEachRealFeedWithItsCountsAndFields(
      String name, int records, int ja, int nee, int digid) {
    MunicipalityRow m = municipality(name);
    ImportReport report = importer.importFeed(m.id(), ScTestData.feedBytes(name));

    assertThat(report.records()).isEqualTo(records);
    assertThat(report.numberOfRecords()).isEqualTo(records);
    assertThat(report.inserted()).isEqualTo(records);
    assertThat(report.skipped()).isZero();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.millis()).isLessThan(10_000);
    assertThat(products(m.id())).isEqualTo(records);
    assertThat(audits(m.id())).isEqualTo(records);
    Map<String, Integer> online =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
        SELECT feed_online_aanvragen, count(*)::int AS n FROM product WHERE municipality_id = :m
        GROUP BY feed_online_aanvragen""")
                    .bind("m", m.id())
                    .setMapKeyColumn("feed_online_aanvragen")
                    .setMapValueColumn("n")
                    .collectInto(
                        new org.jdbi.v3.core.generic.GenericType<Map<String, Integer>>() {}));
    assertThat(online.getOrDefault("ja", 0)).isEqualTo(ja);
    assertThat(online.getOrDefault("nee", 0)).isEqualTo(nee);
    assertThat(online.getOrDefault("digid", 0)).isEqualTo(digid);
    assertThat(
            count(
                "SELECT count(*) FROM product WHERE municipality_id = :m AND is_new AND needs_review"
                    + " AND review_reason = 'Nieuw uit SC-feed' AND in_scope IS NULL",
                m.id()))
        .isEqualTo(records);

    // every record against its row, field by field
    ScFeed feed = new ScFeedParser().parse(ScTestData.feedBytes(name));
    UrlNormalizer normalizer = new UrlNormalizer();
    List<Map<String, Object>> rows =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
        SELECT feed_page_url, name, feed_title, uniform_name, upl_uri, audience, feed_aanvraag_url,
               array_to_string(feed_subjects, '|') AS subjects, array_to_string(feed_upl_uris, '|') AS uris
        FROM product WHERE municipality_id = :m""")
                    .bind("m", m.id())
                    .mapToMap()
                    .list());
    Map<Object, Map<String, Object>> byUrl = new java.util.HashMap<>();
    rows.forEach(r -> byUrl.put(r.get("feed_page_url"), r));
    for (ScRecord r : feed.records()) {
      Map<String, Object> row = byUrl.get(normalizer.normalize(r.pageUrl()));
      assertThat(row).as(r.pageUrl()).isNotNull();
      assertThat(row.get("name")).isEqualTo(r.title());
      // a path on the municipality's own site (Maashorst: "/gehandicaptenparkeerplaats") is stored
      // absolute
      String aanvraag =
          r.aanvraagUrl() != null && r.aanvraagUrl().startsWith("/")
              ? java.net
                  .URI
                  .create(normalizer.normalize(r.pageUrl()))
                  .resolve(r.aanvraagUrl())
                  .toString()
              : r.aanvraagUrl();
      assertThat(row.get("feed_aanvraag_url")).isEqualTo(aanvraag);
      assertThat(aanvraag == null || aanvraag.startsWith("http")).as(aanvraag).isTrue();
      assertThat(row.get("audience")).isEqualTo(r.audience());
      assertThat(row.get("subjects")).isEqualTo(String.join("|", r.subjects()));
      if (r.firstUniformName() != null) {
        assertThat(row.get("uniform_name")).isEqualTo(r.firstUniformName().name());
        assertThat(row.get("upl_uri")).isEqualTo(r.firstUniformName().uri());
      }
    }
  }

  @Test
  void readsTheFieldsOfAKampenRecordAsTheFileHasThem() {
    ScFeed feed = new ScFeedParser().parse(ScTestData.feedBytes("Kampen"));
    ScRecord first = feed.records().get(0);
    assertThat(first.pageUrl()).isEqualTo("https://www.kampen.nl//demonstratie-of-betoging-houden");
    assertThat(first.title()).isEqualTo("Demonstratie of betoging houden");
    assertThat(first.audiences()).containsExactly("particulier", "ondernemer");
    assertThat(first.audience()).isEqualTo("particulier,ondernemer");
    assertThat(first.subjects()).containsExactly("Openbare orde en veiligheid");
    assertThat(first.abstractText())
        .startsWith("Bij een demonstratie komt een groep mensen")
        .doesNotContain("<p>");
    assertThat(first.onlineAanvragen()).isEqualTo("ja");
    assertThat(first.aanvraagUrl())
        .isEqualTo("https://dloket.kampen.nl/burger/startform?id=P4-1-052");
    assertThat(first.uniformNames())
        .containsExactly(
            new ScRecord.UniformName(
                "betogings- of demonstratiemelding",
                "http://standaarden.overheid.nl/owms/terms/betogDemonsMld"));
    assertThat(first.authority()).isEqualTo("Kampen");
    assertThat(first.productId()).isEqualTo("179");
  }

  @Test
  void keepsEveryUniformNameOfARecordThatHasTwo() {
    MunicipalityRow m = municipality("Maashorst-two");
    ScFeed feed = new ScFeedParser().parse(ScTestData.feedBytes("Maashorst"));
    importer.importFeed(m.id(), feed);
    String uris =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
        SELECT array_to_string(feed_upl_uris, ' ') FROM product WHERE municipality_id = :m AND name = :n""")
                    .bind("m", m.id())
                    .bind("n", "Voedselbank/voedselpakket")
                    .mapTo(String.class)
                    .one());
    assertThat(uris)
        .isEqualTo(
            "http://standaarden.overheid.nl/owms/terms/geboorteaangifte"
                + " http://standaarden.overheid.nl/owms/terms/voedselbank");
  }

  @Test
  void reImportChangesNothingAndDuplicatesNothing() {
    MunicipalityRow m = municipality("Gemeente Kampen");
    importer.importFeed(m.id(), ScTestData.feedBytes("Kampen"));
    String before = snapshot(m.id());
    int auditsBefore = audits(m.id());

    ImportReport again = importer.importFeed(m.id(), ScTestData.feedBytes("Kampen"));

    assertThat(again.inserted()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.linked()).isZero();
    assertThat(again.unchanged()).isEqualTo(206);
    assertThat(products(m.id())).isEqualTo(206);
    assertThat(audits(m.id())).isEqualTo(auditsBefore);
    assertThat(snapshot(m.id())).isEqualTo(before);
    assertThat(jdbi.onDemand(ScFeedDao.class).feedPageUrls(m.id()))
        .hasSize(206)
        .contains("https://www.kampen.nl/demonstratie-of-betoging-houden");
  }

  @Test
  void aPersonsDecisionSurvivesAReImportThatChangesTheFeed(@TempDir Path dir) throws Exception {
    MunicipalityRow m = municipality("Hilversum (gemeente)");
    importer.importFeed(m.id(), ScTestData.feedBytes("Hilversum"));
    long id =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id FROM product WHERE municipality_id = :m ORDER BY id LIMIT 1")
                    .bind("m", m.id())
                    .mapTo(Long.class)
                    .one());
    String title =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT feed_title FROM product WHERE id = :id")
                    .bind("id", id)
                    .mapTo(String.class)
                    .one());
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
        UPDATE product SET in_scope = false, message_types = '{melding}', name = 'Eigen naam', notes = 'besproken',
               channel_status_override = 'ABSENT', is_new = false, needs_review = false, uniform_name = 'eigen keuze'
        WHERE id = :id""")
                .bind("id", id)
                .execute());
    int version =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT version FROM product WHERE id = :id")
                    .bind("id", id)
                    .mapTo(Integer.class)
                    .one());

    // a newer feed: the same record with another title and onlineAanvragen
    String xml = new String(ScTestData.feedBytes("Hilversum"), StandardCharsets.UTF_8);
    Path copy = dir.resolve("Hilversum-new.xml");
    Files.writeString(
        copy,
        xml.replaceFirst(
            "<!\\[CDATA\\[" + java.util.regex.Pattern.quote(title) + "]]>",
            "<![CDATA[" + title + " (nieuw)]]>"));
    ImportReport report = importer.importFeed(m.id(), Files.readAllBytes(copy));

    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.unchanged()).isEqualTo(141);
    Map<String, Object> row =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
        SELECT feed_title, in_scope, array_to_string(message_types, ',') AS types, name, notes,
               channel_status_override, needs_review, uniform_name, version FROM product WHERE id = :id""")
                    .bind("id", id)
                    .mapToMap()
                    .one());
    assertThat(row.get("feed_title")).isEqualTo(title + " (nieuw)");
    assertThat(row.get("in_scope")).isEqualTo(false);
    assertThat(row.get("types")).isEqualTo("melding");
    assertThat(row.get("name")).isEqualTo("Eigen naam");
    assertThat(row.get("notes")).isEqualTo("besproken");
    assertThat(row.get("channel_status_override")).isEqualTo("ABSENT");
    assertThat(row.get("needs_review")).isEqualTo(false);
    assertThat(row.get("uniform_name")).isEqualTo("eigen keuze");
    assertThat(row.get("version")).isEqualTo(version + 1);
    String changes =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
        SELECT changes::text FROM audit_event WHERE product_id = :id AND event = 'product.feed_updated'
        AND actor = 'import'""")
                    .bind("id", id)
                    .mapTo(String.class)
                    .one());
    assertThat(changes).contains("feed_title").contains("(nieuw)").doesNotContain("in_scope");
  }

  @Test
  void linksTheProductACrawlAlreadyFoundInsteadOfDuplicatingIt() {
    MunicipalityRow m = municipality("gemeente Veere");
    SiteRow site =
        jdbi.onDemand(SiteDao.class)
            .insert(m.id(), "https://www.veere.nl", new String[0], new String[0]);
    long productId =
        jdbi.withHandle(
            h -> {
              long run =
                  h.createQuery(
                          "INSERT INTO crawl_run (site_id, status) VALUES (:s, 'FINISHED') RETURNING id")
                      .bind("s", site.id())
                      .mapTo(Long.class)
                      .one();
              long page =
                  h.createQuery(
                          """
          INSERT INTO page (site_id, url, http_status, is_product, channel_status, last_crawl_run_id)
          VALUES (:s, 'https://www.veere.nl/vooroverleg', 200, true, 'DIGITAL', :r) RETURNING id""")
                      .bind("s", site.id())
                      .bind("r", run)
                      .mapTo(Long.class)
                      .one();
              return h.createQuery(
                      """
          INSERT INTO product (municipality_id, page_id, name, detected_channel_status, in_scope)
          VALUES (:m, :p, 'Vooroverleg (crawl)', 'DIGITAL', true) RETURNING id""")
                  .bind("m", m.id())
                  .bind("p", page)
                  .mapTo(Long.class)
                  .one();
            });

    ImportReport report = importer.importFeed(m.id(), ScTestData.feedBytes("Veere"));

    assertThat(report.linked()).isEqualTo(1);
    assertThat(report.inserted()).isEqualTo(126);
    assertThat(products(m.id())).isEqualTo(127);
    Map<String, Object> row =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT name, feed_page_url, feed_title, in_scope FROM product WHERE id = :id")
                    .bind("id", productId)
                    .mapToMap()
                    .one());
    assertThat(row.get("name")).isEqualTo("Vooroverleg (crawl)");
    assertThat(row.get("feed_page_url")).isEqualTo("https://www.veere.nl/vooroverleg");
    assertThat(row.get("feed_title")).isNotNull();
    assertThat(row.get("in_scope")).isEqualTo(true);

    ImportReport again = importer.importFeed(m.id(), ScTestData.feedBytes("Veere"));
    assertThat(again.linked()).isZero();
    assertThat(again.unchanged()).isEqualTo(127);
  }

  @Test
  void aRecordWithAHugeTitleIsSkippedWithTheReasonAndTheOthersAreImported() {
    MunicipalityRow m = municipality("Kampen (gemeente)");
    String huge = "x".repeat(600_000);
    byte[] feed =
        new String(ScTestData.feedBytes("Kampen"), java.nio.charset.StandardCharsets.UTF_8)
            .replace(
                "<dcterms:title><![CDATA[Glas inleveren]]>",
                "<dcterms:title><![CDATA[" + huge + "]]>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ImportReport report = importer.importFeed(m.id(), feed);
    assertThat(report.warnings())
        .anyMatch(w -> w.contains("has a title of 600000 characters (at most 500)"));
    assertThat(products(m.id())).isEqualTo(205);
  }

  @Test
  void refusesATruncatedFeedAndChangesNothing() {
    MunicipalityRow m = withKampen("Kampen-truncated");
    byte[] full = ScTestData.feedBytes("Kampen");
    byte[] truncated = Arrays.copyOf(full, full.length / 2);
    assertRejected(
        m,
        truncated,
        FeedRejectedException.Kind.UNREADABLE,
        "not well-formed XML (malformed or truncated)" + " at line");
  }

  @Test
  void refusesMalformedXmlAndChangesNothing() {
    MunicipalityRow m = withKampen("Kampen-malformed");
    String xml =
        new String(ScTestData.feedBytes("Kampen"), StandardCharsets.UTF_8)
            .replaceFirst("</dcterms:title>", "</dcterms:titel>");
    assertRejected(
        m,
        xml.getBytes(StandardCharsets.UTF_8),
        FeedRejectedException.Kind.UNREADABLE,
        "not well-formed XML");
  }

  @Test
  void refusesACsvFileAndChangesNothing() throws Exception {
    MunicipalityRow m = withKampen("Kampen-csv");
    assertRejected(
        m,
        Files.readAllBytes(ScTestData.upl()),
        FeedRejectedException.Kind.UNREADABLE,
        "The file is not XML (it looks like CSV or other text and starts with \"UniformeProductnaam,URI");
  }

  @Test
  void refusesAPngAndChangesNothing() {
    MunicipalityRow m = withKampen("Kampen-png");
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertRejected(
        m, png, FeedRejectedException.Kind.UNREADABLE, "The file is not XML but a PNG image");
  }

  @Test
  void refusesAnEmptyFileAndChangesNothing() {
    MunicipalityRow m = withKampen("Kampen-empty");
    assertRejected(m, new byte[0], FeedRejectedException.Kind.UNREADABLE, "The file is empty");
    assertRejected(
        m,
        " \n\t ".getBytes(StandardCharsets.UTF_8),
        FeedRejectedException.Kind.UNREADABLE,
        "The file is empty");
  }

  @Test
  void refusesAnotherMunicipalitysFeedAndChangesNothing() {
    MunicipalityRow m = withKampen("Kampen-other");
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE municipality SET name = 'KAMPEN' WHERE id = :id")
                .bind("id", m.id())
                .execute());
    assertRejected(
        m,
        ScTestData.feedBytes("Hilversum"),
        FeedRejectedException.Kind.NOT_ACCEPTABLE,
        "This feed belongs to another municipality: it names 'Hilversum' (142 of 142 records) as its authority,"
            + " not 'KAMPEN'");
    // and "KAMPEN" does accept Kampen's own feed
    assertThat(importer.importFeed(m.id(), ScTestData.feedBytes("Kampen")).unchanged())
        .isEqualTo(206);
  }

  @Test
  void refusesXmlThatIsNoScFeedOrHoldsNoRecords() {
    MunicipalityRow m = withKampen("Kampen-noxml");
    assertRejected(
        m,
        "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8),
        FeedRejectedException.Kind.NOT_ACCEPTABLE,
        "not a Samenwerkende Catalogi feed: its root element is <html>");
    assertRejected(
        m,
        """
        <?xml version="1.0"?><searchRetrieveResponse xmlns="http://www.loc.gov/zing/srw/"><version>1.2</version>
        <numberOfRecords>0</numberOfRecords><diagnostics><diagnostic><message>Query syntax error</message>
        </diagnostic></diagnostics></searchRetrieveResponse>"""
            .getBytes(StandardCharsets.UTF_8),
        FeedRejectedException.Kind.NOT_ACCEPTABLE,
        "The feed holds no product records; the search service answered:" + " Query syntax error");
  }

  @Test
  void refusesExternalEntities() {
    MunicipalityRow m = withKampen("Kampen-xxe");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<searchRetrieveResponse xmlns=\"http://www.loc.gov/zing/srw/\">&e;</searchRetrieveResponse>";
    assertThatThrownBy(() -> importer.importFeed(m.id(), xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FeedRejectedException.class);
    assertThat(products(m.id())).isEqualTo(206);
  }

  /** A municipality holding Kampen's 206 products (imported without the name check). */
  private MunicipalityRow withKampen(String name) {
    MunicipalityRow m = municipality(name);
    importer.importFeed(m.id(), new ScFeedParser().parse(ScTestData.feedBytes("Kampen")));
    return m;
  }

  private void assertRejected(
      MunicipalityRow m, byte[] bytes, FeedRejectedException.Kind kind, String message) {
    String before = snapshot(m.id());
    int auditsBefore = audits(m.id());
    assertThatThrownBy(() -> importer.importFeed(m.id(), bytes))
        .isInstanceOf(FeedRejectedException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((FeedRejectedException) e).kind()).isEqualTo(kind));
    assertThat(snapshot(m.id())).isEqualTo(before);
    assertThat(audits(m.id())).isEqualTo(auditsBefore);
  }

  /** Every column of every product of the municipality, as one string. */
  static String snapshot(long m) {
    return jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT p::text FROM product p WHERE municipality_id = :m ORDER BY id")
                    .bind("m", m)
                    .mapTo(String.class)
                    .list())
        .toString();
  }
}
