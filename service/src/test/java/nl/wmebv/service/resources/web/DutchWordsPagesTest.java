package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wmebv.crawler.detect.channel.ChannelType;
import nl.wmebv.crawler.detect.channel.TargetKind;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.DemoPages;
import nl.wmebv.service.Http;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.api.DesignationInput;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.CrawlStatus;
import nl.wmebv.service.vocabulary.DetectedStatus;
import nl.wmebv.service.vocabulary.Flag;
import nl.wmebv.service.vocabulary.Term;
import nl.wmebv.service.vocabulary.TextStatus;
import nl.wmebv.service.vocabulary.Vocabularies;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15: the pages people read show Dutch words, never a stored code, the crawler's English rule
 * texts, the audit's field names or the API's English validation messages. Checked on the visible
 * text only (jsoup's text): form option values and title attributes may keep codes and originals.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DutchWordsPagesTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final DemoSite SITE = DemoSite.start("127.0.0.1", 0);
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(
          DB,
          "crawler.delayMs",
          "0",
          "crawler.allowPrivateAddresses",
          "true",
          "scheduler.enabled",
          "false");

  /**
   * The crawler's English rule phrases (crawler/.../detect), the audit's codes and the API's
   * English messages.
   */
  private static final List<String> ENGLISH =
      List.of(
          "mailto: link",
          "tel: link",
          "appointment booking link",
          "form URL shape",
          "form platform",
          "button text",
          "in target URL",
          "no login named",
          "text near the link",
          "section text",
          "on-page form",
          " fields",
          "visited:",
          "does not work",
          "written e-mail address",
          "phone number in text",
          "postal address",
          "visit wording",
          "appointment wording",
          "national portal",
          "document link",
          "form words",
          "Open Formulieren embed",
          "business words",
          "login means",
          "embedded form",
          "(form)",
          "calculator or quick check",
          "check or help page",
          "form wording",
          "product.updated",
          "product.created",
          "action.created",
          "isNew",
          "needsReview",
          "clusterSetByPerson",
          "clusterId",
          "channelStatusOverride",
          "textStatus",
          "messageTypes",
          "reviewReason",
          "true",
          "false",
          "must be",
          "is required",
          "one of",
          "for kind");

  private static final String REWRITTEN =
      "/producten/betalingsregeling-belastingen"; // DIGITAL by e-mail only

  private static long municipality;
  private static long run;
  private static long edited;
  private static WebPageClient web;

  @BeforeAll
  static void setUp() throws Exception {
    var created =
        new MunicipalityService(DB.jdbi()).create("Voorbeeldstad", SITE.baseUri().toString());
    municipality = created.id();
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    web = new WebPageClient(APP.getLocalPort());
    Http http = new Http(APP.getLocalPort(), "redacteur");
    http.crawl(created.sites().get(0).id());
    edited =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            SELECT p.id FROM product p JOIN page_observation o ON o.page_id = p.page_id
            WHERE p.detected_channel_status = 'DIGITAL' ORDER BY p.id LIMIT 1""")
                        .mapTo(Long.class)
                        .one());
    int version =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT version FROM product WHERE id = :p")
                        .bind("p", edited)
                        .mapTo(Integer.class)
                        .one());
    Long cluster =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT id FROM cluster WHERE municipality_id = :m"
                                + " ORDER BY id LIMIT 1")
                        .bind("m", municipality)
                        .mapTo(Long.class)
                        .findOne()
                        .orElse(null));
    WebPageClient.Page saved =
        web.postForm(
            "redacteur",
            "/producten/" + edited + "/besluit",
            "version",
            String.valueOf(version),
            "clusterId",
            cluster == null ? "" : cluster.toString(),
            "inScope",
            "true",
            "messageTypesShown",
            "1",
            "messageTypes",
            "aanvraag",
            "channelStatusOverride",
            "NOT_COMPLIANT",
            "textStatus",
            "NEEDS_REWRITING",
            "notes",
            "Nagekeken",
            "reviewed",
            "true",
            "actionType",
            "CREATE_EFORM",
            "actionOwner",
            "Team Web",
            "actionDeadline",
            "2026-03-15",
            "actionStatus",
            "IN_PROGRESS");
    assertThat(saved.status()).as(saved.body()).isIn(200, 303);
    // a second crawl in which a page lost its e-mail channel: the audit's channel change and the
    // crawl's report
    SITE.override(REWRITTEN, DemoPages.withoutEmail(REWRITTEN));
    run = http.crawl(created.sites().get(0).id());
  }

  @AfterAll
  static void tearDown() {
    SITE.close();
    DB.close();
  }

  @Test
  void everyProductPageShowsItsEvidenceAndAuditInDutch() {
    List<Long> products =
        DB.jdbi()
            .withHandle(
                h -> h.createQuery("SELECT id FROM product ORDER BY id").mapTo(Long.class).list());
    assertThat(products).isNotEmpty();
    for (long id : products) {
      WebPageClient.Page page = web.get("redacteur", "/producten/" + id);
      assertDutch("/producten/" + id, page);
      // every rule the crawler applies to the demo has a known shape: none falls back to the
      // generic sentence
      assertThat(text(page.body()))
          .as("/producten/" + id)
          .doesNotContain("andere regel van de crawler");
    }
    String audit = text(web.get("redacteur", "/producten/" + edited).body());
    assertThat(audit)
        .contains(
            "Product gewijzigd",
            "Actie toegevoegd",
            "Nieuw: ja → nee",
            "Kanaal volgens besluit: — → Aanwezig, niet in orde",
            "Soort actie: — → E-formulier maken");
    long changed =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT product_id FROM audit_event"
                                + " WHERE event = 'product.channel_changed'")
                        .mapTo(Long.class)
                        .one());
    assertThat(text(web.get("redacteur", "/producten/" + changed).body()))
        .contains(
            "Kanaal gewijzigd",
            "Kanaal volgens de crawler: Digitaal kanaal → Alleen niet-digitaal",
            "Gevonden kanalen: E-mail → ");
  }

  @Test
  void theOverviewPagesShowNoCodes() {
    for (String path :
        List.of(
            "/",
            "/inventaris?gemeente=" + municipality,
            "/crawls",
            "/crawls/" + run,
            "/aanwijzing?gemeente=" + municipality,
            "/aanwijzing/kanalen/nieuw?gemeente=" + municipality)) {
      assertDutch(path, web.get("redacteur", path));
    }
  }

  @Test
  void aBadSortOnTheInventoryIsRefusedInDutch() {
    WebPageClient.Page page =
        web.get("redacteur", "/inventaris?gemeente=" + municipality + "&sort=deadline");
    assertDutch("sort=deadline", page);
    assertThat(text(page.body())).contains("Op deze manier kan de lijst niet gesorteerd worden");
  }

  @Test
  void anInvalidDesignatedChannelIsRefusedInDutch() {
    WebPageClient.Page email =
        web.postForm(
            "redacteur",
            "/aanwijzing/kanalen",
            "gemeente",
            String.valueOf(municipality),
            "kind",
            "EMAIL",
            "name",
            "Postbus",
            "url",
            "https://voorbeeldstad.nl/contact",
            "identification",
            "NONE",
            "messageTypes",
            "klacht",
            "active",
            "on");
    assertThat(email.status()).isEqualTo(422);
    assertDutch("e-mail with a web address", email);
    assertThat(text(email.body())).contains("moet beginnen met mailto:");
    WebPageClient.Page web1 =
        web.postForm(
            "redacteur",
            "/aanwijzing/kanalen",
            "gemeente",
            String.valueOf(municipality),
            "kind",
            "SPECIFIC_FORM",
            "name",
            " ",
            "url",
            "ftp://x",
            "identification",
            "ANY");
    assertThat(web1.status()).isEqualTo(422);
    assertDutch("form without name, with an ftp address", web1);
    assertThat(text(web1.body())).contains("Naam moet ingevuld zijn.", "begint met https://");
  }

  private static void assertDutch(String what, WebPageClient.Page page) {
    String text = text(page.body());
    for (String phrase : ENGLISH) {
      assertThat(text).as(what + " shows the English/code “" + phrase + "”").doesNotContain(phrase);
    }
    for (String code : codes()) {
      assertThat(
              Pattern.compile("(?<![\\w-])" + Pattern.quote(code) + "(?![\\w-])")
                  .matcher(text)
                  .find())
          .as(what + " shows the code " + code + ":\n" + text)
          .isFalse();
    }
  }

  /**
   * Every upper-case code of core/vocabulary, the crawler's channel types and target kinds, the
   * register's kinds.
   */
  private static List<String> codes() {
    List<String> all = new ArrayList<>();
    Stream.<Term[]>of(
            ActionStatus.values(),
            ActionType.values(),
            ChannelStatus.values(),
            CrawlStatus.values(),
            DetectedStatus.values(),
            TextStatus.values())
        .flatMap(Stream::of)
        .forEach(t -> all.add(t.code()));
    Stream.of(ChannelType.values()).forEach(t -> all.add(t.name()));
    Stream.of(TargetKind.values()).forEach(t -> all.add(t.name()));
    all.addAll(DesignationInput.KINDS);
    all.addAll(DesignationInput.IDENTIFICATIONS);
    // the flags' codes are English words; message types' codes are the Dutch words themselves
    all.addAll(Vocabularies.codes(Flag.class));
    return all;
  }

  private static String text(String html) {
    return Jsoup.parse(html).text();
  }
}
