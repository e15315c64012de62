package nl.wmebv.service.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.wmebv.service.core.designation.Finding;
import nl.wmebv.service.core.sheet.CsvCells;
import nl.wmebv.service.core.sheet.ExportStamp;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the exports, streaming: rows go to the output as they come from the database cursor, so
 * memory stays flat. CSV: UTF-8 with a byte order mark and ";" between fields, which Dutch Excel
 * opens as columns. XLSX (fastexcel): a "Samenvatting" sheet per cluster, a sheet per cluster with
 * every product, and a "Voortgang" sheet per ISO week, an "Acties" sheet with every action, and
 * (for a municipality with an SC feed) an "Afwijkingen catalogus" sheet; every sheet has a frozen
 * header row and an auto-filter. Both list each product's SC feed discrepancies in "Afwijkingen".
 */
public class ExportWriter {
  private static final String[] SUMMARY_HEADERS = {
    "Cluster", "Producten", "Valt onder WMEBV", "Met werkend digitaal kanaal",
        "Aandeel werkend digitaal",
    "Acties open", "Acties in uitvoering", "Acties klaar", "Tekst niet beoordeeld",
        "Tekst herschrijven",
    "Tekst herschreven", "Tekst goedgekeurd"
  };
  private static final String[] PROGRESS_HEADERS = {
    "Week",
    "Weekbegin",
    "Cluster",
    "Valt onder WMEBV",
    "Met werkend digitaal kanaal",
    "Aandeel werkend digitaal"
  };
  static final String SUMMARY_SHEET = "Samenvatting";
  static final String PROGRESS_SHEET = "Voortgang";
  static final String TOTAL = "Totaal";

  private final InventoryExport data;

  public ExportWriter(InventoryExport data) {
    this.data = data;
  }

  /** The CSV export: the {@link ExportStamp} line, a header line, then one line per product. */
  public void csv(ExportScope scope, OutputStream out) throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    writer.write('\uFEFF');
    CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    CSVPrinter csv = new CSVPrinter(writer, format);
    csv.printRecord(ExportStamp.line(OffsetDateTime.now()));
    csv.printRecord((Object[]) ExportRow.HEADERS);
    CatalogueDiscrepancies discrepancies = data.discrepancies(scope);
    data.rows(
        scope,
        rows ->
            rows.forEach(
                r -> {
                  try {
                    printNeutral(csv, ProductCells.of(r, discrepancies.column(r)));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }));
    csv.flush();
  }

  /** One CSV line whose cells no spreadsheet runs as formulas ({@link CsvCells}). */
  private static void printNeutral(CSVPrinter csv, List<Object> cells) throws IOException {
    for (Object cell : cells) {
      csv.print(CsvCells.neutral(CsvCells.text(cell)));
    }
    csv.println();
  }

  /** The XLSX export. */
  public void xlsx(ExportScope scope, OutputStream out) throws IOException {
    List<ClusterSummary> summary = data.summary(scope);
    Workbook wb = new Workbook(out, "WMEBV-inventaris", "1.0");
    Set<String> sheetNames = new HashSet<>();
    writeSummary(wb.newWorksheet(sheetName(SUMMARY_SHEET, sheetNames)), summary);
    CatalogueDiscrepancies discrepancies = data.discrepancies(scope);
    data.rows(
        scope,
        rows -> {
          Iterator<ExportRow> it = rows.iterator();
          ExportRow pending = it.hasNext() ? it.next() : null;
          try {
            for (ClusterSummary cluster : summary) {
              Worksheet ws = wb.newWorksheet(sheetName(cluster.cluster(), sheetNames));
              XlsxCells.header(ws, ExportRow.HEADERS);
              int r = 0;
              while (pending != null && Objects.equals(pending.clusterId(), cluster.clusterId())) {
                XlsxCells.row(ws, ++r, ProductCells.of(pending, discrepancies.column(pending)));
                if (r % XlsxCells.FLUSH_EVERY == 0) {
                  ws.flush();
                }
                pending = it.hasNext() ? it.next() : null;
              }
              XlsxCells.finish(ws, r, ExportRow.HEADERS.length);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (pending != null) {
            throw new IllegalStateException(
                "Export rows and clusters out of step at product " + pending.productId());
          }
        });
    writeProgress(wb.newWorksheet(sheetName(PROGRESS_SHEET, sheetNames)), data.progress(scope));
    Worksheet actions = wb.newWorksheet(sheetName(ActionSheet.SHEET, sheetNames));
    data.actions(scope, rows -> ActionSheet.write(actions, rows));
    if (discrepancies.hasFeed()) {
      discrepancies.writeSheet(
          wb.newWorksheet(sheetName(CatalogueDiscrepancies.SHEET, sheetNames)));
    }
    List<Finding> findings = data.designationFindings(scope);
    if (!findings.isEmpty()) {
      DesignationFindings.write(
          wb.newWorksheet(sheetName(DesignationFindings.SHEET, sheetNames)), findings);
    }
    wb.finish();
  }

  private static void writeSummary(Worksheet ws, List<ClusterSummary> summary) throws IOException {
    XlsxCells.header(ws, SUMMARY_HEADERS);
    int r = 0;
    for (ClusterSummary c : summary) {
      summaryRow(ws, ++r, c);
    }
    if (summary.size() > 1) {
      summaryRow(ws, ++r, ClusterSummary.total(TOTAL, summary));
      ws.style(r, 0).bold().set();
    }
    ws.width(0, 28);
    // right of the headings, outside the filter range: read back by the import to protect later
    // decisions
    ws.value(0, SUMMARY_HEADERS.length + 1, ExportStamp.line(OffsetDateTime.now()));
    XlsxCells.finish(ws, r, SUMMARY_HEADERS.length);
  }

  private static void summaryRow(Worksheet ws, int r, ClusterSummary c) {
    ws.value(r, 0, c.cluster());
    long[] v = {c.products(), c.inScope(), c.digital()};
    for (int i = 0; i < v.length; i++) {
      ws.value(r, 1 + i, v[i]);
    }
    XlsxCells.percent(ws, r, 4, c.share());
    long[] w = {
      c.actionsOpen(),
      c.actionsInProgress(),
      c.actionsDone(),
      c.textNotReviewed(),
      c.textNeedsRewriting(),
      c.textRewritten(),
      c.textApproved()
    };
    for (int i = 0; i < w.length; i++) {
      ws.value(r, 5 + i, w[i]);
    }
  }

  private static void writeProgress(Worksheet ws, List<WeekProgress> weeks) throws IOException {
    XlsxCells.header(ws, PROGRESS_HEADERS);
    int r = 0;
    for (WeekProgress w : weeks) {
      ws.value(++r, 0, w.isoWeek());
      XlsxCells.date(ws, r, 1, w.weekStart());
      ws.value(r, 2, w.cluster());
      ws.value(r, 3, w.inScope());
      ws.value(r, 4, w.digital());
      XlsxCells.percent(ws, r, 5, w.share());
    }
    ws.width(2, 28);
    XlsxCells.finish(ws, r, PROGRESS_HEADERS.length);
  }

  /**
   * Excel's rules: at most 31 characters, none of []:*?/\, unique regardless of case. An apostrophe
   * becomes a typographic one: fastexcel 0.20.2 quotes the name in the print titles and filter
   * ranges without doubling it, and Excel then "repairs" the file.
   */
  static String sheetName(String wanted, Set<String> used) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").replace('\'', '\u2019').strip();
    if (base.isEmpty()) {
      base = "Blad";
    }
    base = base.length() > 31 ? base.substring(0, 31) : base;
    String name = base;
    for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
      String suffix = " (" + i + ")";
      name =
          (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base)
              + suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }
}
