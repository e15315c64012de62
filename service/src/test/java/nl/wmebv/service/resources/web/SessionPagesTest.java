package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmebv.crawler.detect.AnalysisJson;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.service.Http;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.SessionLogin;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session pages: planning, session mode recording decisions, stale versions, viewers, the
 * verslag.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SessionPagesTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, SessionLogin.Session> SESSIONS =
      new java.util.concurrent.ConcurrentHashMap<>();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  static Inventory inv;
  static long m;
  static long site;
  static int counter;

  /** A page: status, Location header, body and the other headers. */
  record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "anna", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "bram", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    inv = new Inventory(DB.jdbi());
    long[] kampen = inv.municipality("kampen");
    m = kampen[0];
    site = kampen[1];
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void planningNamesEveryMistakeInDutchAndStoresNothingThenPlans() {
    long cluster = inv.cluster(m, "Belastingen", 10);
    long before = inv.count("SELECT count(*) FROM cluster_session");

    Page bad =
        post(
            "anna",
            "/sessies",
            form("clusterId", "", "date", "2026-13-01", "time", "25:00", "participants", "Anna"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body())
        .contains("De sessie is niet gepland")
        .contains("Kies een cluster.")
        .contains("De datum is geen geldige datum")
        .contains("De tijd is geen geldige tijd")
        .contains("Anna</textarea>");
    Page noDate =
        post(
            "anna",
            "/sessies",
            form("clusterId", String.valueOf(cluster), "date", "", "time", "", "participants", ""));
    assertThat(noDate.status()).isEqualTo(422);
    assertThat(noDate.body())
        .contains("Vul de datum in.")
        .contains("Vul de tijd in.")
        .contains("value=\"" + cluster + "\" selected");
    Page unknown =
        post(
            "anna",
            "/sessies",
            form("clusterId", "999999", "date", "2026-03-10", "time", "14:30", "participants", ""));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body()).contains("Dit cluster bestaat niet");
    assertThat(inv.count("SELECT count(*) FROM cluster_session")).isEqualTo(before);

    Page ok =
        post(
            "anna",
            "/sessies",
            form(
                "clusterId",
                String.valueOf(cluster),
                "date",
                "2026-03-10",
                "time",
                "14:30",
                "participants",
                "Anna (informatieadviseur), <b>Bram</b>, Zoë"));
    assertThat(ok.status()).isEqualTo(303);
    assertThat(ok.location()).matches(".*/sessies/\\d+\\?gepland=1");
    long id = Long.parseLong(ok.location().replaceAll(".*/sessies/(\\d+).*", "$1"));
    Map<String, Object> row =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT municipality_id, cluster_id, planned_at, participants, status, created_by FROM cluster_session WHERE id = ?")
                        .bind(0, id)
                        .mapToMap()
                        .one());
    assertThat(row.get("municipality_id")).isEqualTo(m);
    assertThat(row.get("cluster_id")).isEqualTo(cluster);
    assertThat(((java.sql.Timestamp) row.get("planned_at")).toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-03-10T14:30+01:00").toInstant());
    assertThat(row.get("status")).isEqualTo("PLANNED");
    assertThat(row.get("created_by")).isEqualTo("anna");

    String list = get("anna", "/sessies").body();
    assertThat(list)
        .contains("kampen")
        .contains("Belastingen")
        .contains("dinsdag 10 maart 2026 om 14:30")
        .contains("Anna (informatieadviseur), &lt;b&gt;Bram&lt;/b&gt;, Zoë")
        .contains("Gepland")
        .contains("<a href=\"/sessies\">Sessies</a>");
    assertThat(get("anna", "/sessies/" + id + "?gepland=1").body())
        .contains("De sessie is gepland.")
        .contains("Sessie starten");
  }

  @Test
  void sessionModeRecordsTwoDecisionsWithSnapshotsProductRowsAndAuditThenTheVerslagListsThem()
      throws Exception {
    long cluster = inv.cluster(m, "Burgerzaken", 1);
    long paspoort = product("Paspoort aanvragen", cluster);
    long afval = product("Afvalpas", cluster);
    long bijstand = product("bijstand", cluster);
    product("Elders", null);
    long id = plan(cluster, "Anna, Bram");

    Page started = post("anna", "/sessies/" + id + "/starten", form());
    assertThat(started.status()).isEqualTo(303);
    assertThat(started.location()).endsWith("/sessies/" + id + "/product/1");
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND status = 'IN_PROGRESS'"
                    + " AND started_at IS NOT NULL",
                id))
        .isEqualTo(1);

    String first = get("anna", "/sessies/" + id + "/product/1").body();
    assertThat(first)
        .contains("Product 1 van 3")
        .contains("Afvalpas")
        .contains("Bewijs uit de laatste crawl")
        .contains("action=\"/sessies/" + id + "/besluit/" + afval + "\"")
        .contains("Sneltoetsen")
        .contains("Ctrl</kbd> + <kbd>Enter</kbd>")
        .contains("id=\"volgende\"")
        .doesNotContain("id=\"vorige\"")
        .contains("Sessie afronden");
    assertThat(get("anna", "/sessies/" + id + "/product/3").body())
        .contains("Product 3 van 3")
        .contains("Paspoort aanvragen")
        .contains("id=\"vorige\"")
        .doesNotContain("id=\"volgende\"");
    assertThat(get("anna", "/sessies/" + id + "/product/4").status()).isEqualTo(404);

    Page saved =
        post(
            "anna",
            "/sessies/" + id + "/besluit/" + afval,
            form(
                "version",
                "1",
                "messageTypesShown",
                "1",
                "clusterId",
                String.valueOf(cluster),
                "inScope",
                "true",
                "messageTypes",
                "aanvraag",
                "messageTypes",
                "melding",
                "channelStatusOverride",
                "NOT_COMPLIANT",
                "textStatus",
                "NEEDS_REWRITING",
                "actionType",
                "CREATE_EFORM",
                "actionOwner",
                "Team Burgerzaken",
                "actionDeadline",
                "2026-06-30",
                "actionStatus",
                "OPEN",
                "notes",
                "Pdf-formulier vervangen"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(303);
    assertThat(saved.location()).endsWith("/sessies/" + id + "/product/2?opgeslagen=" + afval);
    assertThat(get("anna", "/sessies/" + id + "/product/2?opgeslagen=" + afval).body())
        .contains("Besluit over “Afvalpas” opgeslagen.")
        .contains("Product 2 van 3")
        .contains("bijstand");

    Page second =
        post(
            "bram",
            "/sessies/" + id + "/besluit/" + bijstand,
            form(
                "version",
                "1",
                "messageTypesShown",
                "1",
                "clusterId",
                String.valueOf(cluster),
                "inScope",
                "false",
                "channelStatusOverride",
                "",
                "textStatus",
                "APPROVED",
                "actionType",
                "",
                "notes",
                ""));
    assertThat(second.status()).as(second.body()).isEqualTo(303);
    assertThat(second.location()).endsWith("/product/3?opgeslagen=" + bijstand);

    // the session's snapshots
    Map<Long, JsonNode> decisions =
        DB
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT product_id, decided_by, decision::text FROM session_decision WHERE session_id = ?")
                        .bind(0, id)
                        .map(
                            (rs, ctx) ->
                                Map.entry(rs.getLong(1), read(rs.getString(3), rs.getString(2))))
                        .list())
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(decisions).containsOnlyKeys(afval, bijstand);
    JsonNode a = decisions.get(afval);
    assertThat(a.get("by").asText()).isEqualTo("anna");
    assertThat(a.get("inScope").asBoolean()).isTrue();
    assertThat(a.get("messageTypes"))
        .extracting(JsonNode::asText)
        .containsExactly("aanvraag", "melding");
    assertThat(a.get("channelStatusOverride").asText()).isEqualTo("NOT_COMPLIANT");
    assertThat(a.get("textStatus").asText()).isEqualTo("NEEDS_REWRITING");
    assertThat(a.get("notes").asText()).isEqualTo("Pdf-formulier vervangen");
    assertThat(a.get("action").get("type").asText()).isEqualTo("CREATE_EFORM");
    assertThat(a.get("action").get("owner").asText()).isEqualTo("Team Burgerzaken");
    assertThat(a.get("action").get("deadline").asText()).isEqualTo("2026-06-30");
    assertThat(a.get("action").get("status").asText()).isEqualTo("OPEN");
    JsonNode b = decisions.get(bijstand);
    assertThat(b.get("by").asText()).isEqualTo("bram");
    assertThat(b.get("inScope").asBoolean()).isFalse();
    assertThat(b.get("textStatus").asText()).isEqualTo("APPROVED");
    assertThat(b.get("action").isNull()).isTrue();

    // the product rows and actions hold the live state
    Map<String, Object> afvalRow =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT in_scope, channel_status_override, text_status, notes, version FROM product WHERE id = ?")
                        .bind(0, afval)
                        .mapToMap()
                        .one());
    assertThat(afvalRow)
        .containsEntry("in_scope", true)
        .containsEntry("channel_status_override", "NOT_COMPLIANT")
        .containsEntry("text_status", "NEEDS_REWRITING")
        .containsEntry("notes", "Pdf-formulier vervangen");
    assertThat(
            inv.count(
                "SELECT count(*) FROM action WHERE product_id = ? AND type = 'CREATE_EFORM'"
                    + " AND owner = 'Team Burgerzaken' AND deadline = DATE '2026-06-30'",
                afval))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND in_scope = false"
                    + " AND text_status = 'APPROVED'",
                bijstand))
        .isEqualTo(1);

    // the audit trail names the user
    List<String> trail =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT event || ':' || actor FROM audit_event WHERE product_id IN (?, ?) ORDER BY id")
                        .bind(0, afval)
                        .bind(1, bijstand)
                        .mapTo(String.class)
                        .list());
    assertThat(trail).contains("product.updated:anna", "product.updated:bram");
    assertThat(trail.stream().filter(e -> e.startsWith("action")).toList())
        .isNotEmpty()
        .allMatch(e -> e.endsWith(":anna"));

    // saving again replaces the session's snapshot for that product
    String again = get("anna", "/sessies/" + id + "/product/1").body();
    assertThat(again).contains("In deze sessie besloten door anna");
    Page resave =
        post(
            "anna",
            "/sessies/" + id + "/besluit/" + afval,
            form(
                "version",
                versionIn(again),
                "messageTypesShown",
                "1",
                "inScope",
                "true",
                "messageTypes",
                "aanvraag",
                "textStatus",
                "NEEDS_REWRITING",
                "actionId",
                hidden(again, "actionId"),
                "actionVersion",
                hidden(again, "actionVersion"),
                "actionType",
                "CREATE_EFORM",
                "actionOwner",
                "Team Burgerzaken",
                "actionDeadline",
                "2026-07-31",
                "actionStatus",
                "IN_PROGRESS",
                "notes",
                "Pdf-formulier vervangen; e-formulier in juli"));
    assertThat(resave.status()).as(resave.body()).isEqualTo(303);
    assertThat(inv.count("SELECT count(*) FROM session_decision WHERE session_id = ?", id))
        .isEqualTo(2);
    assertThat(
            inv.count(
                "SELECT count(*) FROM session_decision WHERE session_id = ? AND product_id = ?"
                    + " AND decision -> 'action' ->> 'deadline' = '2026-07-31'",
                id,
                afval))
        .isEqualTo(1);

    // the verslag and its JSON (finishing asks first: without the confirmation nothing changes)
    Page asked = post("anna", "/sessies/" + id + "/afronden", form());
    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.body())
        .contains("Sessie Burgerzaken afronden?")
        .contains("2 van 3 producten besproken")
        .contains("1 product is nog niet besproken")
        .contains("name=\"bevestigd\" value=\"ja\"")
        .contains("Ja, sessie afronden")
        .contains("Nee, terug naar de sessie");
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND status = 'IN_PROGRESS'", id))
        .isEqualTo(1);
    assertThat(post("anna", "/sessies/" + id + "/afronden", form("bevestigd", "ja")).location())
        .endsWith("/sessies/" + id + "/verslag");
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND status = 'DONE'"
                    + " AND finished_at IS NOT NULL",
                id))
        .isEqualTo(1);
    String verslag = get("anna", "/sessies/" + id + "/verslag").body();
    assertThat(verslag)
        .contains("Verslag clustersessie Burgerzaken")
        .contains("Anna, Bram")
        .contains("2 besluiten")
        .contains("Afvalpas")
        .contains("bijstand")
        .doesNotContain("Paspoort aanvragen</a>")
        .contains("E-formulier maken")
        .contains("Team Burgerzaken")
        .contains("31-07-2026")
        .contains("Bezig")
        .contains("Aanvraag")
        .contains("Aanwezig, niet in orde")
        .contains("Moet herschreven")
        .contains("Goedgekeurd")
        .contains("Pdf-formulier vervangen; e-formulier in juli")
        .contains("anna, bram")
        .contains("Afdrukken")
        .contains("window.print()")
        .contains("@media print");
    JsonNode api =
        new Http(APP.getLocalPort(), "anna").get("/api/sessions/" + id + "/decisions").body();
    assertThat(api.get("session").get("status").asText()).isEqualTo("DONE");
    assertThat(api.get("decisions")).hasSize(2);
    assertThat(api.get("decisions").get(0).get("productName").asText()).isEqualTo("Afvalpas");
    assertThat(api.get("decisions").get(0).get("decision").get("action").get("status").asText())
        .isEqualTo("IN_PROGRESS");

    // a finished session records nothing more
    Page late =
        post(
            "anna",
            "/sessies/" + id + "/besluit/" + paspoort,
            form("version", "1", "notes", "te laat"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("deze sessie is al afgerond").contains("Notities: te laat");
    assertThat(inv.count("SELECT count(*) FROM product WHERE id = ? AND notes IS NULL", paspoort))
        .isEqualTo(1);
  }

  @Test
  void theVerslagHasASummaryAndActionListAndDownloadsAsWordAndPdfWithTheDataAsText()
      throws Exception {
    String hostile = "<script>alert(1)</script>";
    long cluster = inv.cluster(m, "Vergunningen", 6);
    long bad = product(hostile, cluster);
    long kap = product("Kapvergunning", cluster);
    long id = plan(cluster, "Anna");
    post("anna", "/sessies/" + id + "/starten", form());
    assertThat(
            post(
                    "anna",
                    "/sessies/" + id + "/besluit/" + bad,
                    form(
                        "version",
                        "1",
                        "messageTypesShown",
                        "1",
                        "inScope",
                        "true",
                        "messageTypes",
                        "aanvraag",
                        "textStatus",
                        "NEEDS_REWRITING",
                        "actionType",
                        "CREATE_EFORM",
                        "actionOwner",
                        "Team Vergunningen",
                        "actionDeadline",
                        "2026-09-30",
                        "actionStatus",
                        "OPEN",
                        "notes",
                        ""))
                .status())
        .isEqualTo(303);
    assertThat(
            post(
                    "anna",
                    "/sessies/" + id + "/besluit/" + kap,
                    form(
                        "version",
                        "1",
                        "messageTypesShown",
                        "1",
                        "inScope",
                        "false",
                        "textStatus",
                        "APPROVED",
                        "actionType",
                        "",
                        "notes",
                        ""))
                .status())
        .isEqualTo(303);
    post("anna", "/sessies/" + id + "/afronden", form("bevestigd", "ja"));

    String verslag = get("lezer", "/sessies/" + id + "/verslag").body();
    assertThat(verslag)
        .contains("Samenvatting")
        .contains("Wie doet wat vóór wanneer")
        .contains("Acties per eigenaar")
        .contains("href=\"/sessies/" + id + "/verslag.docx\"")
        .contains("Download als Word")
        .contains("href=\"/sessies/" + id + "/verslag.pdf\"")
        .contains("Download als PDF")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain(hostile)
        .contains("Team Vergunningen")
        .contains("30-09-2026")
        .contains("1 product")
        .contains("size: A4")
        .contains("counter(page)")
        .contains("Gemeente kampen");

    HttpResponse<byte[]> docx = download("lezer", "/sessies/" + id + "/verslag.docx");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(docx.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"verslag-vergunningen-2026-05-12.docx\"");
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.body()));
        org.apache.poi.xwpf.extractor.XWPFWordExtractor text =
            new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("Verslag clustersessie Vergunningen")
          .contains("Gemeente kampen")
          .contains(hostile)
          .contains("Team Vergunningen")
          .contains("30-09-2026");
    }

    HttpResponse<byte[]> pdf = download("lezer", "/sessies/" + id + "/verslag.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"verslag-vergunningen-2026-05-12.pdf\"");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Verslag clustersessie Vergunningen")
          .contains("Gemeente kampen")
          .contains("Team Vergunningen")
          .contains("Pagina 1 van");
      assertThat(text.replaceAll("\\s+", "")).contains(hostile);
    }

    assertThat(download("anna", "/sessies/999999/verslag.docx").statusCode()).isEqualTo(404);
    assertThat(download("anna", "/sessies/999999/verslag.pdf").statusCode()).isEqualTo(404);
  }

  @Test
  void aStaleVersionShowsTheCurrentStateAndTheEntryAndStoresNothing() {
    long cluster = inv.cluster(m, "Sociaal Domein", 2);
    long wmo = product("Wmo-voorziening", cluster);
    long id = plan(cluster, "");
    post("anna", "/sessies/" + id + "/starten", form());
    String page = get("anna", "/sessies/" + id + "/product/1").body();
    assertThat(versionIn(page)).isEqualTo("1");

    Http bram = new Http(APP.getLocalPort(), "bram");
    assertThat(
            bram.patch(
                    "/api/products/" + wmo,
                    "{\"version\": 1, \"notes\": \"Bram was eerder\"}",
                    null)
                .status())
        .isEqualTo(200);

    Page stale =
        post(
            "anna",
            "/sessies/" + id + "/besluit/" + wmo,
            form(
                "version",
                "1",
                "messageTypesShown",
                "1",
                "geladen",
                hidden(page, "geladen"),
                "inScope",
                "true",
                "messageTypes",
                "melding",
                "textStatus",
                "REWRITTEN",
                "notes",
                "Anna's besluit"));
    assertThat(stale.status()).isEqualTo(409);
    String changedAt =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT max(at) FROM audit_event WHERE product_id = ? AND actor = 'bram'")
                        .bind(0, wmo)
                        .mapTo(OffsetDateTime.class)
                        .one())
            .atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
            .format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm"));
    // who changed what and when (Dutch time), the entry in the form, the current state beside it
    assertThat(stale.body())
        .contains(
            "Niet opgeslagen: dit product is intussen gewijzigd door bram op "
                + changedAt
                + " (Product gewijzigd; Notities: — → Bram was eerder)")
        .contains("Uw invoer (niet opgeslagen; staat nog in het formulier)")
        .contains("Notities: Anna&#39;s besluit")
        .contains("Webtekst: Herschreven")
        .contains("Anna&#39;s besluit</textarea>")
        .doesNotContain("Bram was eerder</textarea>")
        .contains("name=\"inScope\" value=\"true\" checked")
        .contains("value=\"melding\" checked")
        .contains("Huidige stand (opgeslagen)")
        .contains("<li class=\"differs\">Notities: Bram was eerder</li>")
        .contains("<li>Kanaalstatus: volg de crawler</li>")
        .contains("<li class=\"differs\">Valt onder de WMEBV: nog niet besloten</li>")
        .contains("name=\"version\" value=\"2\"")
        .contains("Product 1 van 1");
    assertThat(inv.count("SELECT count(*) FROM session_decision WHERE session_id = ?", id))
        .isZero();
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND notes = 'Bram was eerder'"
                    + " AND in_scope IS NULL",
                wmo))
        .isEqualTo(1);
    // saving the kept entry again (the form carries the current version now) records it
    Page again =
        post(
            "anna",
            "/sessies/" + id + "/besluit/" + wmo,
            form(
                "version",
                versionIn(stale.body()),
                "messageTypesShown",
                "1",
                "inScope",
                "true",
                "messageTypes",
                "melding",
                "textStatus",
                "REWRITTEN",
                "notes",
                "Anna's besluit"));
    assertThat(again.status()).as(again.body()).isEqualTo(303);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND notes = 'Anna''s besluit' AND in_scope"
                    + " AND version = 3",
                wmo))
        .isEqualTo(1);

    // the product changes but its action is stale: the whole decision rolls back
    long action =
        bram.post("/api/products/" + wmo + "/actions", "{\"type\": \"REPAIR_LINK\"}")
            .body()
            .get("id")
            .asLong();
    assertThat(
            bram.patch("/api/actions/" + action, "{\"version\": 1, \"owner\": \"Bram\"}", null)
                .status())
        .isEqualTo(200);
    Page staleAction =
        post(
            "anna",
            "/sessies/" + id + "/besluit/" + wmo,
            form(
                "version",
                "3",
                "messageTypesShown",
                "1",
                "inScope",
                "false",
                "textStatus",
                "REWRITTEN",
                "actionId",
                String.valueOf(action),
                "actionVersion",
                "1",
                "actionType",
                "REPAIR_LINK",
                "actionOwner",
                "Anna",
                "actionStatus",
                "OPEN"));
    assertThat(staleAction.status()).isEqualTo(409);
    assertThat(staleAction.body())
        .contains("door bram op ")
        .contains("Actie gewijzigd")
        .contains("Eigenaar: — → Bram");
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND version = 3 AND in_scope", wmo))
        .as("the product's part of the decision was rolled back with the action's")
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM session_decision WHERE session_id = ? AND (decision ->> 'inScope')::boolean",
                id))
        .isEqualTo(1);
  }

  @Test
  void whoeverFollowsIsTakenToTheChairsProductWithItsDecisionAndThePollIsQuietInBetween() {
    long cluster = inv.cluster(m, "Wonen", 7);
    long afval = product("Afvalpas", cluster);
    product("Bouwvergunning", cluster);
    long c = product("Carport melden", cluster);
    long id = plan(cluster, "Anna, Bram");
    assertThat(post("anna", "/sessies/" + id + "/starten", form()).status()).isEqualTo(303);
    assertThat(
            inv.count("SELECT count(*) FROM cluster_session WHERE id = ? AND chair = 'anna'", id))
        .isEqualTo(1);
    String chairPage = get("anna", "/sessies/" + id + "/product/1").body();
    assertThat(chairPage).contains("U zit deze sessie voor").doesNotContain("/volgen?");
    assertThat(get("anna", "/sessies/" + id + "/meekijken").location())
        .endsWith("/sessies/" + id + "/product/1");

    // the viewer's page polls; while nothing changes the poll answers 204
    String follower = get("lezer", "/sessies/" + id + "/product/1").body();
    assertThat(follower)
        .contains("U kijkt mee")
        .contains("de voorzitter (anna)")
        .contains("hx-trigger=\"every 2s\"")
        .contains("Voor dit product is in deze sessie nog geen besluit vastgelegd.")
        .doesNotContain("Voorzitter worden");
    String poll = follower.replaceAll("(?s).*hx-get=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
    assertThat(poll).startsWith("/sessies/" + id + "/volgen?bij=" + afval + "&stand=");
    assertThat(get("lezer", poll).status()).isEqualTo(204);
    // a viewer opening another product moves nobody
    get("lezer", "/sessies/" + id + "/product/3");
    assertThat(get("lezer", poll).status()).isEqualTo(204);

    // the chair records product 1 and moves on: the poll brings product 2 with the decision just
    // recorded
    assertThat(
            post(
                    "anna",
                    "/sessies/" + id + "/besluit/" + afval,
                    form(
                        "version",
                        "1",
                        "messageTypesShown",
                        "1",
                        "inScope",
                        "true",
                        "messageTypes",
                        "aanvraag",
                        "textStatus",
                        "NEEDS_REWRITING",
                        "actionType",
                        "CREATE_EFORM",
                        "actionOwner",
                        "Team Burgerzaken",
                        "actionDeadline",
                        "2026-06-30",
                        "actionStatus",
                        "OPEN",
                        "notes",
                        ""))
                .status())
        .isEqualTo(303);
    get("anna", "/sessies/" + id + "/product/2");
    Page moved = get("lezer", poll);
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.header("HX-Retarget")).isEqualTo("#sessie-inhoud");
    assertThat(moved.header("HX-Reswap")).isEqualTo("outerHTML");
    assertThat(moved.header("HX-Push-Url")).isEqualTo("/sessies/" + id + "/product/2");
    assertThat(moved.body())
        .contains("<title>Product 2 van 3: Bouwvergunning")
        .doesNotContain("<html")
        .contains("<div id=\"sessie-inhoud\">")
        .contains("Product 2 van 3")
        .contains("Bouwvergunning")
        .contains("Zojuist vastgelegd: Afvalpas (anna, ")
        .contains("<dd>Ja</dd>")
        .contains("<dd>Aanvraag</dd>")
        .contains("<dd>E-formulier maken</dd>")
        .contains("<dd>Team Burgerzaken</dd>")
        .contains("<dd>30-06-2026</dd>")
        .contains("<dd>Moet herschreven</dd>");
    String next =
        moved.body().replaceAll("(?s).*hx-get=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
    assertThat(get("lezer", next).status()).isEqualTo(204);

    // back to product 1: the follower sees that product's recorded decision
    get("anna", "/sessies/" + id + "/product/1");
    Page back = get("lezer", next);
    assertThat(back.header("HX-Push-Url")).isEqualTo("/sessies/" + id + "/product/1");
    assertThat(back.body())
        .contains("Besluit over dit product (anna, ")
        .contains("<dd>Team Burgerzaken</dd>");

    // another editor follows too, until they take the chair; then the chair's screen is theirs
    String bram = get("bram", "/sessies/" + id + "/product/3").body();
    assertThat(bram).contains("U kijkt mee").contains("Voorzitter worden");
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND current_product_id = ?",
                id,
                afval))
        .isEqualTo(1);
    Page taken = post("bram", "/sessies/" + id + "/voorzitter", form("n", "3"));
    assertThat(taken.location()).endsWith("/sessies/" + id + "/product/3");
    assertThat(get("bram", "/sessies/" + id + "/product/3").body())
        .contains("U zit deze sessie voor");
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND chair = 'bram'"
                    + " AND current_product_id = ?",
                id,
                c))
        .isEqualTo(1);
    assertThat(get("anna", "/sessies/" + id + "/meekijken").location())
        .endsWith("/sessies/" + id + "/product/3");
    assertThat(post("lezer", "/sessies/" + id + "/voorzitter", form("n", "1")).status())
        .isEqualTo(403);

    // finished: the poll brings the page without a poll, saying so
    post("bram", "/sessies/" + id + "/afronden", form("bevestigd", "ja"));
    Page done = get("lezer", "/sessies/" + id + "/volgen?bij=" + c + "&stand=x");
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.body()).contains("De sessie is afgerond.").doesNotContain("hx-trigger");
    assertThat(
            get("lezer", "/sessies/" + id + "/volgen?bij=" + c + "&stand=x").header("HX-Push-Url"))
        .isNull();
  }

  @Test
  void deletingAPlannedSessionAsksFirstAndOnlyTheConfirmationDeletes() {
    long cluster = inv.cluster(m, "Economie", 8);
    product("Marktvergunning", cluster);
    long id = plan(cluster, "Anna");
    Page asked = post("anna", "/sessies/" + id + "/verwijderen", form());
    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.body())
        .contains("Sessie Economie verwijderen?")
        .contains("Ja, sessie verwijderen")
        .contains("action=\"/sessies/" + id + "/verwijderen\"")
        .contains("name=\"bevestigd\" value=\"ja\"")
        .contains("href=\"/sessies/" + id + "\" id=\"annuleren\"");
    assertThat(inv.count("SELECT count(*) FROM cluster_session WHERE id = ?", id)).isEqualTo(1);
    assertThat(post("anna", "/sessies/" + id + "/verwijderen", form("bevestigd", "nee")).status())
        .isEqualTo(200);
    assertThat(inv.count("SELECT count(*) FROM cluster_session WHERE id = ?", id)).isEqualTo(1);
    Page deleted = post("anna", "/sessies/" + id + "/verwijderen", form("bevestigd", "ja"));
    assertThat(deleted.location()).endsWith("/sessies?verwijderd=1");
    assertThat(inv.count("SELECT count(*) FROM cluster_session WHERE id = ?", id)).isZero();
  }

  @Test
  void aViewerCanLookButNotPlanStartRecordOrFinish() {
    long cluster = inv.cluster(m, "Openbare Ruimte", 5);
    long lamp = product("Kapotte lantaarnpaal melden", cluster);
    long id = plan(cluster, "");
    long sessions = inv.count("SELECT count(*) FROM cluster_session");

    String list = get("lezer", "/sessies").body();
    assertThat(list)
        .contains("Openbare Ruimte")
        .contains("alleen een redacteur")
        .doesNotContain("Sessie plannen</h2>");
    assertThat(
            post(
                    "lezer",
                    "/sessies",
                    form(
                        "clusterId",
                        String.valueOf(cluster),
                        "date",
                        "2026-04-01",
                        "time",
                        "10:00"))
                .status())
        .isEqualTo(403);
    assertThat(post("lezer", "/sessies/" + id + "/starten", form()).status()).isEqualTo(403);

    // an editor cannot record before the session starts either
    Page early =
        post(
            "anna",
            "/sessies/" + id + "/besluit/" + lamp,
            form("version", "1", "textStatus", "APPROVED"));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("nog niet gestart");
    assertThat(get("anna", "/sessies/" + id + "/product/1").body())
        .contains("Start de sessie om besluiten vast te leggen")
        .doesNotContain("class=\"decision\"");

    post("anna", "/sessies/" + id + "/starten", form());
    String mode = get("lezer", "/sessies/" + id + "/product/1").body();
    assertThat(mode)
        .contains("Product 1 van 1")
        .contains("Bewijs uit de laatste crawl")
        .doesNotContain("class=\"decision\"")
        .contains("alleen een redacteur");
    assertThat(
            post(
                    "lezer",
                    "/sessies/" + id + "/besluit/" + lamp,
                    form("version", "1", "textStatus", "APPROVED"))
                .status())
        .isEqualTo(403);
    assertThat(post("lezer", "/sessies/" + id + "/afronden", form()).status()).isEqualTo(403);

    assertThat(inv.count("SELECT count(*) FROM cluster_session")).isEqualTo(sessions);
    assertThat(inv.count("SELECT count(*) FROM session_decision WHERE session_id = ?", id))
        .isZero();
    assertThat(inv.count("SELECT count(*) FROM product WHERE id = ? AND version = 1", lamp))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM cluster_session WHERE id = ? AND status = 'IN_PROGRESS'", id))
        .isEqualTo(1);
    assertThat(get("anna", "/sessies/999999").status()).isEqualTo(404);
  }

  // --- helpers

  private static long product(String name, Long cluster) {
    long id = inv.product(m, site, name, "/p/" + (++counter), cluster, "NOT_DIGITAL");
    String analysis =
        AnalysisJson.toJson(
            new PageAnalysis(
                null,
                List.of(),
                ChannelStatus.NOT_DIGITAL,
                List.of("aanvraag"),
                List.of("Wat is het?"),
                List.of("Hoe werkt het?"),
                List.of(),
                null));
    inv.sql(
        "UPDATE page SET analysis = CAST(? AS jsonb) WHERE id = (SELECT page_id FROM product WHERE id = ?)",
        analysis,
        id);
    return id;
  }

  private static long plan(long cluster, String participants) {
    Page ok =
        post(
            "anna",
            "/sessies",
            form(
                "clusterId",
                String.valueOf(cluster),
                "date",
                "2026-05-12",
                "time",
                "09:30",
                "participants",
                participants));
    assertThat(ok.status()).as(ok.body()).isEqualTo(303);
    return Long.parseLong(ok.location().replaceAll(".*/sessies/(\\d+).*", "$1"));
  }

  private static JsonNode read(String json, String by) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode node =
          (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
      return node.put("by", by);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String versionIn(String html) {
    return hidden(html, "version");
  }

  private static String hidden(String html, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("hidden field " + name).isTrue();
    return m.group(1);
  }

  private static String form(String... pairs) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (s.length() > 0) {
        s.append('&');
      }
      s.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return s.toString();
  }

  private static Page get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  private static Page post(String user, String path, String form) {
    return send(
        user,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + APP.getLocalPort() + path);
  }

  /**
   * A file as a browser's download link fetches it (any type accepted), with the user's session
   * cookie.
   */
  private static HttpResponse<byte[]> download(String user, String path)
      throws IOException, InterruptedException {
    SessionLogin.Session session =
        SESSIONS.computeIfAbsent(user, u -> new SessionLogin(APP.getLocalPort()).login(u));
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .GET()
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .header("Cookie", "WMEBV_SESSION=" + session.cookie())
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Page send(String user, HttpRequest.Builder request) {
    // as a browser does: the session cookie and its CSRF token (web forms refuse HTTP Basic for
    // changes)
    SessionLogin.Session session =
        SESSIONS.computeIfAbsent(user, u -> new SessionLogin(APP.getLocalPort()).login(u));
    request
        .header("Accept", "text/html")
        .header("Cookie", "WMEBV_SESSION=" + session.cookie())
        .header("X-CSRF-Token", session.csrf());
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(
          r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
