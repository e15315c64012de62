package nl.wmebv.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.core.export.ExportScope;
import nl.wmebv.service.core.export.ExportWriter;
import nl.wmebv.service.core.export.InventoryExport;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.CrawlStatus;
import nl.wmebv.service.vocabulary.DetectedStatus;
import nl.wmebv.service.vocabulary.Flag;
import nl.wmebv.service.vocabulary.MessageType;
import nl.wmebv.service.vocabulary.Term;
import nl.wmebv.service.vocabulary.TextStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the exports of a seeded inventory, read back, hold no code of any vocabulary (every
 * status, type and message type the inventory uses is its Dutch label), real dates, web links and
 * an "Acties" sheet, and print on landscape pages one page wide with the header row on each.
 */
class ManagerReadableExportTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  private static final List<Class<? extends Term>> VOCABULARIES =
      List.of(
          ChannelStatus.class,
          DetectedStatus.class,
          TextStatus.class,
          ActionType.class,
          ActionStatus.class,
          MessageType.class,
          Flag.class,
          CrawlStatus.class);
  private static final Set<String> CODES =
      VOCABULARIES.stream()
          .flatMap(v -> Arrays.stream(v.getEnumConstants()).map(Term::code))
          .collect(Collectors.toSet());
  private static final String SHARED_FORM =
      "https://formulieren.leesstad.nl/aanvragen?product=1&stap=2";
  private static final String[] PRODUCT_HEADERS = {
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
    "Producteigenaar (e-mail)"
  };

  private static ExportScope scope;
  private static byte[] xlsx;
  private static byte[] csv;
  private static Map<String, String> entries;

  @BeforeAll
  static void seedAndExport() throws Exception {
    Jdbi jdbi = DB.jdbi();
    long m = new MunicipalityService(jdbi).create("Leesstad", "https://www.leesstad.nl").id();
    jdbi.useHandle(ManagerReadableExportTest::seed);
    InventoryExport data = new InventoryExport(jdbi);
    scope = data.scope(m, null);
    ExportWriter writer = new ExportWriter(data);
    ByteArrayOutputStream x = new ByteArrayOutputStream();
    writer.xlsx(scope, x);
    xlsx = x.toByteArray();
    entries = unzip(xlsx);
    ByteArrayOutputStream c = new ByteArrayOutputStream();
    writer.csv(scope, c);
    csv = c.toByteArray();
  }

  /**
   * Every code of every vocabulary the inventory stores is used at least once: a product per
   * detected status (each with another person's channel status and text status), all message types,
   * an action of every type cycling through the action statuses. Two products share their e-form;
   * one links by e-mail only and has a page address no spreadsheet may open.
   */
  private static void seed(Handle h) {
    long site =
        h.createQuery(
                "SELECT id FROM site WHERE municipality_id = (SELECT id FROM municipality"
                    + " WHERE name = 'Leesstad')")
            .mapTo(Long.class)
            .one();
    long burgerzaken = cluster(h, "Burgerzaken");
    long paspoort =
        product(
            h,
            site,
            "Paspoort aanvragen",
            "https://www.leesstad.nl/paspoort",
            burgerzaken,
            DetectedStatus.DIGITAL,
            "EFORM_DIGID",
            SHARED_FORM);
    long rijbewijs =
        product(
            h,
            site,
            "Rijbewijs verlengen",
            "https://www.leesstad.nl/rijbewijs",
            burgerzaken,
            DetectedStatus.BROKEN,
            "EFORM_DIGID",
            SHARED_FORM);
    long afval =
        product(
            h,
            site,
            "Afvalpas",
            "javascript:alert(document.cookie)",
            null,
            DetectedStatus.NOT_DIGITAL,
            "EMAIL",
            "mailto:afval@leesstad.nl");
    long hond =
        product(
            h,
            site,
            "Hondenbelasting",
            "https://www.leesstad.nl/hond",
            cluster(h, "Belastingen"),
            DetectedStatus.NONE,
            "PRINT_FORM",
            "https://www.leesstad.nl/hond.pdf");
    long[] products = {paspoort, rijbewijs, afval, hond};
    for (int i = 0; i < products.length; i++) {
      h.createUpdate(
              "UPDATE product SET channel_status_override = :o, text_status = :t, in_scope = :s WHERE id = :p")
          .bind("o", ChannelStatus.values()[i].code())
          .bind("t", TextStatus.values()[i].code())
          .bind("s", i != 3)
          .bind("p", products[i])
          .execute();
    }
    h.createUpdate("UPDATE product SET message_types = CAST(:t AS text[]) WHERE id = :p")
        .bind(
            "t",
            "{"
                + String.join(",", Arrays.stream(MessageType.values()).map(Term::code).toList())
                + "}")
        .bind("p", paspoort)
        .execute();
    ActionType[] types = ActionType.values();
    for (int i = 0; i < types.length; i++) {
      h.createUpdate(
              """
          INSERT INTO action (product_id, type, owner, deadline, status)
          VALUES (:p, :t, :o, DATE '2026-12-01' + :i, :s)""")
          .bind("p", i < 6 ? paspoort : rijbewijs)
          .bind("t", types[i].code())
          .bind("o", "Team " + i)
          .bind("i", i)
          .bind("s", ActionStatus.values()[i % 3].code())
          .execute();
    }
  }

  @AfterAll
  static void drop() {
    DB.close();
  }

  @Test
  void noXlsxCellIsACode() throws Exception {
    Map<String, List<Row>> sheets = readXlsx();
    assertThat(sheets)
        .containsKeys(
            "Samenvatting",
            "Burgerzaken",
            "Belastingen",
            "(geen cluster)",
            "Voortgang",
            "Acties",
            "Aanwijzing controles");
    for (Map.Entry<String, List<Row>> sheet : sheets.entrySet()) {
      for (Row row : sheet.getValue()) {
        for (Cell cell : row) {
          if (cell != null) {
            assertNoCode(sheet.getKey() + "!" + cell.getAddress(), cell.getText());
          }
        }
      }
    }
  }

  @Test
  void noCsvCellIsACode() throws Exception {
    List<CSVRecord> records = readCsv();
    assertThat(records).hasSize(5);
    for (CSVRecord record : records) {
      for (int i = 0; i < record.size(); i++) {
        assertNoCode("line " + record.getRecordNumber() + ", column " + (i + 1), record.get(i));
      }
    }
  }

  @Test
  void theProductSheetsShowDutchLabels() throws Exception {
    Map<String, List<Row>> sheets = readXlsx();
    assertThat(texts(sheets.get("Burgerzaken").get(0), PRODUCT_HEADERS.length))
        .containsExactly(PRODUCT_HEADERS);
    Row paspoort = row(sheets.get("Burgerzaken"), "Paspoort aanvragen");
    List<String> cells = texts(paspoort, 17);
    assertThat(cells.remove(0)).as("Nr. is the product id").matches("\\d+");
    cells.remove(12);
    assertThat(cells)
        .as("all but the deadline")
        .containsExactly(
            "Paspoort aanvragen",
            "",
            "Burgerzaken",
            "https://www.leesstad.nl/paspoort",
            "Digitaal kanaal",
            "Digitaal kanaal werkt",
            "Digitaal kanaal werkt",
            SHARED_FORM,
            "ja",
            "Aanvraag, Melding, Klacht, Bezwaarschrift, Zienswijze, Aanvulling, Ingebrekestelling,"
                + " Ander formeel bericht",
            "Geen actie nodig",
            "Team 0",
            "Open",
            "Niet beoordeeld",
            "nee");
    Row rijbewijs = row(sheets.get("Burgerzaken"), "Rijbewijs verlengen");
    assertThat(
            List.of(rijbewijs.getCellText(5), rijbewijs.getCellText(6), rijbewijs.getCellText(15)))
        .containsExactly("Kanaal werkt niet", "Aanwezig, niet in orde", "Moet herschreven");
    Row afval = row(sheets.get("(geen cluster)"), "Afvalpas");
    assertThat(List.of(afval.getCellText(5), afval.getCellText(6), afval.getCellText(15)))
        .containsExactly("Alleen niet-digitaal", "Geen digitaal kanaal", "Herschreven");
    Row hond = row(sheets.get("Belastingen"), "Hondenbelasting");
    assertThat(
            List.of(
                hond.getCellText(5),
                hond.getCellText(6),
                hond.getCellText(9),
                hond.getCellText(15)))
        .containsExactly("Geen kanaal", "Onbekend", "nee", "Goedgekeurd");
  }

  @Test
  void theCsvShowsDutchLabelsAndDatesAsDdMmYyyy() throws Exception {
    List<CSVRecord> records = readCsv();
    assertThat(records.get(0).values()).containsExactly(PRODUCT_HEADERS);
    CSVRecord paspoort =
        records.stream()
            .filter(r -> r.get(1).equals("Paspoort aanvragen"))
            .findFirst()
            .orElseThrow();
    assertThat(
            List.of(
                paspoort.get(5),
                paspoort.get(7),
                paspoort.get(11),
                paspoort.get(13),
                paspoort.get(14),
                paspoort.get(15)))
        .containsExactly(
            "Digitaal kanaal",
            "Digitaal kanaal werkt",
            "Geen actie nodig",
            "01-12-2026",
            "Open",
            "Niet beoordeeld");
    assertThat(paspoort.get(10)).startsWith("Aanvraag, Melding, Klacht, Bezwaarschrift");
    CSVRecord rijbewijs =
        records.stream()
            .filter(r -> r.get(1).equals("Rijbewijs verlengen"))
            .findFirst()
            .orElseThrow();
    // the leading action: the first not-done one by deadline (the seventh type, open, on
    // 2026-12-07)
    assertThat(List.of(rijbewijs.get(11), rijbewijs.get(13), rijbewijs.get(14)))
        .containsExactly("E-mailadres aanwijzen", "07-12-2026", "Open");
  }

  @Test
  void deadlinesAndWeekStartsAreDateCellsShownDdMmYyyy() throws Exception {
    Map<String, List<Row>> sheets = readXlsx();
    Cell deadline = row(sheets.get("Burgerzaken"), "Paspoort aanvragen").getCell(13);
    assertDate(deadline, LocalDate.of(2026, 12, 1));
    Cell weekStart = sheets.get("Voortgang").get(1).getCell(1);
    assertThat(weekStart.getType()).isEqualTo(CellType.NUMBER);
    assertThat(weekStart.getDataFormatString()).isEqualTo("dd-mm-yyyy");
    for (Row action : sheets.get("Acties").subList(1, sheets.get("Acties").size())) {
      assertThat(action.getCell(3).getDataFormatString())
          .as("Acties!%s", action.getCell(3).getAddress())
          .isEqualTo("dd-mm-yyyy");
    }
  }

  @Test
  void theActiesSheetListsEveryActionOfEveryProduct() throws Exception {
    List<Row> acties = readXlsx().get("Acties");
    assertThat(texts(acties.get(0), 5))
        .containsExactly("Product", "Actie", "Eigenaar", "Deadline", "Status");
    assertThat(acties).hasSize(1 + ActionType.values().length);
    List<String> expected = new ArrayList<>();
    ActionType[] types = ActionType.values();
    for (int i = 0; i < types.length; i++) {
      expected.add(
          (i < 6 ? "Paspoort aanvragen" : "Rijbewijs verlengen")
              + " | "
              + types[i].label()
              + " | Team "
              + i
              + " | "
              + ActionStatus.values()[i % 3].label());
    }
    List<String> actual =
        acties.stream()
            .skip(1)
            .map(
                r ->
                    r.getCellText(0)
                        + " | "
                        + r.getCellText(1)
                        + " | "
                        + r.getCellText(2)
                        + " | "
                        + r.getCellText(4))
            .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
    assertDate(acties.get(1).getCell(3), LocalDate.of(2026, 12, 1));
    assertDate(
        acties.get(acties.size() - 1).getCell(3),
        LocalDate.of(2026, 12, 1).plusDays(types.length - 1));
  }

  @Test
  void webAddressesAreLinksAndOtherAddressesText() throws Exception {
    Map<String, String> burgerzaken = links(sheetNumber("Burgerzaken"));
    // both products share their e-form, and each cell keeps its own link
    assertThat(burgerzaken)
        .containsEntry("E2", "https://www.leesstad.nl/paspoort")
        .containsEntry("I2", SHARED_FORM)
        .containsEntry("E3", "https://www.leesstad.nl/rijbewijs")
        .containsEntry("I3", SHARED_FORM);
    assertThat(zipEntry("xl/worksheets/_rels/sheet" + sheetNumber("Burgerzaken") + ".xml.rels"))
        .contains("Target=\"https://formulieren.leesstad.nl/aanvragen?product=1&amp;stap=2\"");
    // a javascript: page and a mailto: evidence are shown, never linked
    assertThat(links(sheetNumber("(geen cluster)"))).isEmpty();
    Row afval = row(readXlsx().get("(geen cluster)"), "Afvalpas");
    assertThat(afval.getCellText(4)).isEqualTo("javascript:alert(document.cookie)");
    assertThat(afval.getCellText(8)).isEqualTo("mailto:afval@leesstad.nl");
  }

  @Test
  void everySheetPrintsLandscapeOnePageWideWithTheHeaderRowOnEachPage() throws Exception {
    List<String> names = new ArrayList<>(readXlsx().keySet());
    String workbook = zipEntry("xl/workbook.xml");
    for (int i = 0; i < names.size(); i++) {
      String sheet = zipEntry("xl/worksheets/sheet" + (i + 1) + ".xml");
      assertThat(sheet)
          .as(names.get(i))
          .contains("<pageSetUpPr fitToPage=\"true\"")
          .contains("orientation=\"landscape\"")
          .contains("fitToWidth=\"1\"")
          .contains("fitToHeight=\"0\"")
          .contains("paperSize=\"9\"");
      assertThat(workbook)
          .as(names.get(i))
          .contains("localSheetId=\"" + i + "\" name=\"_xlnm.Print_Titles\"");
    }
    assertThat(workbook).contains("'Acties'!$1:$1");
  }

  private static void assertNoCode(String where, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    // a whole cell, or one item of a list cell ("a, b" or "a | b")
    List<String> parts = new ArrayList<>(List.of(text.strip()));
    parts.addAll(Arrays.asList(text.split("\\s*[,|]\\s*")));
    assertThat(parts).as("%s: %s", where, text).noneMatch(CODES::contains);
  }

  private static void assertDate(Cell cell, LocalDate expected) {
    assertThat(cell.getType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMBER);
    assertThat(cell.asDate().toLocalDate()).isEqualTo(expected);
    assertThat(cell.getDataFormatString()).isEqualTo("dd-mm-yyyy");
  }

  private static Row row(List<Row> sheet, String product) {
    return sheet.stream().filter(r -> product.equals(r.getCellText(1))).findFirst().orElseThrow();
  }

  private static List<String> texts(Row row, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(row.getCellText(i));
    }
    return out;
  }

  private static Map<String, List<Row>> readXlsx() throws Exception {
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    // with the cell formats, to see how the date cells show
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      for (Sheet sheet : wb.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
    }
    return sheets;
  }

  private static List<CSVRecord> readCsv() throws Exception {
    try (Reader reader =
        new InputStreamReader(
            new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
      List<CSVRecord> records =
          CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(reader).getRecords();
      assertThat(records.get(0).get(0)).startsWith("Geëxporteerd op ");
      return records.subList(1, records.size());
    }
  }

  /**
   * The number n of xl/worksheets/sheetN.xml: fastexcel numbers the sheets in the order they were
   * added.
   */
  private static int sheetNumber(String name) throws Exception {
    return new ArrayList<>(readXlsx().keySet()).indexOf(name) + 1;
  }

  /** The sheet's hyperlinks: cell reference to target, from the sheet XML and its relationships. */
  private static Map<String, String> links(int sheet) throws Exception {
    Map<String, String> targets = new HashMap<>();
    String rels = zipEntry("xl/worksheets/_rels/sheet" + sheet + ".xml.rels");
    if (rels != null) {
      Matcher r = Pattern.compile("<Relationship ([^>]*)/>").matcher(rels);
      while (r.find()) {
        targets.put(
            attribute(r.group(1), "Id"), attribute(r.group(1), "Target").replace("&amp;", "&"));
      }
    }
    Map<String, String> links = new HashMap<>();
    Matcher h =
        Pattern.compile("<hyperlink ([^>]*)/>")
            .matcher(zipEntry("xl/worksheets/sheet" + sheet + ".xml"));
    while (h.find()) {
      links.put(attribute(h.group(1), "ref"), targets.get(attribute(h.group(1), "r:id")));
    }
    return links;
  }

  private static String attribute(String attributes, String name) {
    Matcher m =
        Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
    return m.find() ? m.group(1) : null;
  }

  /** The text of a zip entry of the XLSX, or null when there is none. */
  private static String zipEntry(String name) {
    return entries.get(name);
  }

  /**
   * The XLSX's entries as text (ZipInputStream refuses fastexcel's stored entries, ZipFile reads
   * them).
   */
  private static Map<String, String> unzip(byte[] zip) throws Exception {
    Path file = Files.createTempFile("export", ".xlsx");
    try {
      Files.write(file, zip);
      Map<String, String> out = new HashMap<>();
      try (ZipFile z = new ZipFile(file.toFile())) {
        for (ZipEntry e : Collections.list(z.entries())) {
          out.put(
              e.getName(), new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      return out;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long cluster(Handle h, String name) {
    return h.createQuery(
            "SELECT c.id FROM cluster c JOIN municipality m ON m.id = c.municipality_id"
                + " WHERE m.name = 'Leesstad' AND c.name = :n")
        .bind("n", name)
        .mapTo(Long.class)
        .one();
  }

  /** A product on its own page whose one channel of {@code type} points at {@code target}. */
  private static long product(
      Handle h,
      long site,
      String name,
      String url,
      Long cluster,
      DetectedStatus detected,
      String type,
      String target) {
    long page =
        h.createQuery(
                """
        INSERT INTO page (site_id, url, http_status, title, is_product, channel_status, analysis)
        VALUES (:s, :u, 200, :t, true, :c, CAST(:a AS jsonb)) RETURNING id""")
            .bind("s", site)
            .bind("u", url)
            .bind("t", name)
            .bind("c", detected.code())
            .bind(
                "a",
                "{\"channelStatus\": \""
                    + detected.code()
                    + "\", \"channels\": [{\"type\": \""
                    + type
                    + "\", \"target\": \""
                    + target
                    + "\", \"check\": {\"ok\": "
                    + (detected != DetectedStatus.BROKEN)
                    + ", \"status\": 200}}]}")
            .mapTo(Long.class)
            .one();
    return BackdatedRows.product(h, site, page, name, cluster, detected.code(), true, 14);
  }
}
