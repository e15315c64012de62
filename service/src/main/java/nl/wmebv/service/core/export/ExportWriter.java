package nl.wmebv.service.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import nl.wmebv.service.core.designation.Finding;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.wmebv.service.core.DutchTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the exports, streaming: rows go to the output as they come from the database cursor, so memory stays
 * flat. CSV: UTF-8 with a byte order mark and ";" between fields, which Dutch Excel opens as columns. XLSX
 * (fastexcel): a "Samenvatting" sheet per cluster, a sheet per cluster with every product, and a "Voortgang"
 * sheet per ISO week, and (for a municipality with an SC feed) an "Afwijkingen catalogus" sheet; every sheet has
 * a frozen header row and an auto-filter. Both list each product's SC feed discrepancies in "Afwijkingen".
 * Dates are Dutch, 31-12-2026 ({@link DutchTime}): text in the CSV, which Dutch Excel reads as a date, and date
 * cells shown dd-mm-yyyy in the XLSX, so they still sort and filter as dates.
 */
public class ExportWriter {
  /** Rows written to a sheet between two flushes to the output. */
  private static final int FLUSH_EVERY = 256;
  private static final String[] SUMMARY_HEADERS = {
      "Cluster", "Producten", "In scope", "Met werkend digitaal kanaal", "Aandeel werkend digitaal",
      "Acties open", "Acties in uitvoering", "Acties klaar", "Tekst niet beoordeeld", "Tekst herschrijven",
      "Tekst herschreven", "Tekst goedgekeurd"};
  private static final String[] PROGRESS_HEADERS = {
      "Week", "Weekbegin", "Cluster", "In scope", "Met werkend digitaal kanaal", "Aandeel werkend digitaal"};
  static final String SUMMARY_SHEET = "Samenvatting";
  static final String PROGRESS_SHEET = "Voortgang";
  static final String TOTAL = "Totaal";

  private final InventoryExport data;

  public ExportWriter(InventoryExport data) {
    this.data = data;
  }

  /** The CSV export: a header line, then one line per product. */
  public void csv(ExportScope scope, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    writer.write('\uFEFF');
    CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    CSVPrinter csv = new CSVPrinter(writer, format);
    csv.printRecord((Object[]) ExportRow.HEADERS);
    CatalogDiscrepancies discrepancies = data.discrepancies(scope);
    data.rows(scope, rows -> rows.forEach(r -> {
      try {
        printNeutral(csv, r.product(), r.uniformName(), r.cluster(), r.pageUrl(), r.detectedStatus(),
            r.personStatus(), r.effectiveStatus(), r.evidenceUrl(), ExportRow.yesNo(r.inScope()), r.messageTypes(),
            r.actionType(), r.owner(), r.deadline() == null ? null : DutchTime.date(r.deadline()), r.actionStatus(),
            r.textStatus(), ExportRow.yesNo(r.needsReview()), r.notes(), discrepancies.column(r));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
    csv.flush();
  }

  /** One CSV line whose cells no spreadsheet runs as formulas ({@link CsvCells}). */
  private static void printNeutral(CSVPrinter csv, Object... cells) throws IOException {
    for (Object cell : cells) {
      csv.print(CsvCells.neutral(cell));
    }
    csv.println();
  }

  /** The XLSX export. */
  public void xlsx(ExportScope scope, OutputStream out) throws IOException {
    List<ClusterSummary> summary = data.summary(scope);
    Workbook wb = new Workbook(out, "WMEBV-inventaris", "1.0");
    Set<String> sheetNames = new HashSet<>();
    writeSummary(wb.newWorksheet(sheetName(SUMMARY_SHEET, sheetNames)), summary);
    CatalogDiscrepancies discrepancies = data.discrepancies(scope);
    data.rows(scope, rows -> {
      Iterator<ExportRow> it = rows.iterator();
      ExportRow pending = it.hasNext() ? it.next() : null;
      try {
        for (ClusterSummary cluster : summary) {
          Worksheet ws = wb.newWorksheet(sheetName(cluster.cluster(), sheetNames));
          header(ws, ExportRow.HEADERS);
          int r = 0;
          while (pending != null && Objects.equals(pending.clusterId(), cluster.clusterId())) {
            productRow(ws, ++r, pending);
            text(ws, r, ExportRow.HEADERS.length - 1, discrepancies.column(pending));
            if (r % FLUSH_EVERY == 0) {
              ws.flush();
            }
            pending = it.hasNext() ? it.next() : null;
          }
          finish(ws, r, ExportRow.HEADERS.length);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (pending != null) {
        throw new IllegalStateException("Export rows and clusters out of step at product " + pending.productId());
      }
    });
    writeProgress(wb.newWorksheet(sheetName(PROGRESS_SHEET, sheetNames)), data.progress(scope));
    if (discrepancies.hasFeed()) {
      discrepancies.writeSheet(wb.newWorksheet(sheetName(CatalogDiscrepancies.SHEET, sheetNames)));
    }
    List<Finding> findings = data.designationFindings(scope);
    if (!findings.isEmpty()) {
      DesignationFindings.write(wb.newWorksheet(sheetName(DesignationFindings.SHEET, sheetNames)), findings);
    }
    wb.finish();
  }

  private static void writeSummary(Worksheet ws, List<ClusterSummary> summary) throws IOException {
    header(ws, SUMMARY_HEADERS);
    int r = 0;
    for (ClusterSummary c : summary) {
      summaryRow(ws, ++r, c);
    }
    if (summary.size() > 1) {
      summaryRow(ws, ++r, ClusterSummary.total(TOTAL, summary));
      ws.style(r, 0).bold().set();
    }
    ws.width(0, 28);
    finish(ws, r, SUMMARY_HEADERS.length);
  }

  private static void summaryRow(Worksheet ws, int r, ClusterSummary c) {
    ws.value(r, 0, c.cluster());
    long[] v = {c.products(), c.inScope(), c.digital()};
    for (int i = 0; i < v.length; i++) {
      ws.value(r, 1 + i, v[i]);
    }
    percent(ws, r, 4, c.share());
    long[] w = {c.actionsOpen(), c.actionsInProgress(), c.actionsDone(), c.textNotReviewed(),
        c.textNeedsRewriting(), c.textRewritten(), c.textApproved()};
    for (int i = 0; i < w.length; i++) {
      ws.value(r, 5 + i, w[i]);
    }
  }

  private static void writeProgress(Worksheet ws, List<WeekProgress> weeks) throws IOException {
    header(ws, PROGRESS_HEADERS);
    int r = 0;
    for (WeekProgress w : weeks) {
      ws.value(++r, 0, w.isoWeek());
      ws.value(r, 1, w.weekStart());
      ws.style(r, 1).format(DutchTime.EXCEL_DATE).set();
      ws.value(r, 2, w.cluster());
      ws.value(r, 3, w.inScope());
      ws.value(r, 4, w.digital());
      percent(ws, r, 5, w.share());
    }
    ws.width(2, 28);
    finish(ws, r, PROGRESS_HEADERS.length);
  }

  private static void productRow(Worksheet ws, int r, ExportRow p) {
    text(ws, r, 0, p.product());
    text(ws, r, 1, p.uniformName());
    text(ws, r, 2, p.cluster());
    text(ws, r, 3, p.pageUrl());
    text(ws, r, 4, p.detectedStatus());
    text(ws, r, 5, p.personStatus());
    text(ws, r, 6, p.effectiveStatus());
    text(ws, r, 7, p.evidenceUrl());
    text(ws, r, 8, ExportRow.yesNo(p.inScope()));
    text(ws, r, 9, p.messageTypes());
    text(ws, r, 10, p.actionType());
    text(ws, r, 11, p.owner());
    if (p.deadline() != null) {
      ws.value(r, 12, p.deadline());
      ws.style(r, 12).format(DutchTime.EXCEL_DATE).set();
    }
    text(ws, r, 13, p.actionStatus());
    text(ws, r, 14, p.textStatus());
    text(ws, r, 15, ExportRow.yesNo(p.needsReview()));
    text(ws, r, 16, p.notes());
  }

  private static void text(Worksheet ws, int r, int c, String value) {
    if (value != null && !value.isEmpty()) {
      ws.value(r, c, value);
    }
  }

  private static void percent(Worksheet ws, int r, int c, Double share) {
    if (share != null) {
      ws.value(r, c, share);
      ws.style(r, c).format("0.0%").set();
    }
  }

  static void header(Worksheet ws, String[] headers) {
    for (int c = 0; c < headers.length; c++) {
      ws.value(0, c, headers[c]);
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
  }

  static void finish(Worksheet ws, int lastRow, int columns) throws IOException {
    ws.setAutoFilter(0, 0, Math.max(lastRow, 1), columns - 1);
    ws.finish();
  }

  /** Excel's rules: at most 31 characters, none of []:*?/\, unique regardless of case. */
  static String sheetName(String wanted, Set<String> used) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
    if (base.isEmpty()) {
      base = "Blad";
    }
    base = base.length() > 31 ? base.substring(0, 31) : base;
    String name = base;
    for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
      String suffix = " (" + i + ")";
      name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }
}
