package nl.wmebv.service.core.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** How the XLSX sheets write their cells, header row and ending, the same on every sheet. */
final class XlsxCells {
  /** The date format of every date cell. */
  static final String DATE_FORMAT = "yyyy-mm-dd";

  private XlsxCells() {}

  /** A bold, frozen header row. */
  static void header(Worksheet ws, String[] headers) {
    for (int c = 0; c < headers.length; c++) {
      ws.value(0, c, headers[c]);
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
  }

  /** An auto-filter over the header and the rows written, then the end of the sheet. */
  static void finish(Worksheet ws, int lastRow, int columns) throws IOException {
    ws.setAutoFilter(0, 0, Math.max(lastRow, 1), columns - 1);
    ws.finish();
  }

  /** The cells of a row from column 0 on, each by its type ({@link #cell}). */
  static void row(Worksheet ws, int r, List<Object> cells) {
    for (int c = 0; c < cells.size(); c++) {
      cell(ws, r, c, cells.get(c));
    }
  }

  /** A date as a date cell, a {@link WebAddress} as its URL, anything else as text; null and "" stay empty. */
  static void cell(Worksheet ws, int r, int c, Object value) {
    if (value instanceof LocalDate date) {
      date(ws, r, c, date);
    } else if (value instanceof WebAddress web) {
      text(ws, r, c, web.url());
    } else if (value != null) {
      text(ws, r, c, value.toString());
    }
  }

  static void text(Worksheet ws, int r, int c, String value) {
    if (value != null && !value.isEmpty()) {
      ws.value(r, c, value);
    }
  }

  static void date(Worksheet ws, int r, int c, LocalDate date) {
    if (date != null) {
      ws.value(r, c, date);
      ws.style(r, c).format(DATE_FORMAT).set();
    }
  }

  static void percent(Worksheet ws, int r, int c, Double share) {
    if (share != null) {
      ws.value(r, c, share);
      ws.style(r, c).format("0.0%").set();
    }
  }
}
