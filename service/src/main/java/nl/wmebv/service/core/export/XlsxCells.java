package nl.wmebv.service.core.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.wmebv.service.core.crawl.LinkPolicy;
import nl.wmebv.service.core.sheet.WebAddress;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

/** How the XLSX sheets write their cells, header row and ending, the same on every sheet. */
final class XlsxCells {
  /** Rows written to a sheet between two flushes to the output. */
  static final int FLUSH_EVERY = 256;

  /** The date format of every date cell (Dutch Excel shows it as dd-mm-jjjj). */
  static final String DATE_FORMAT = nl.wmebv.service.core.DutchTime.EXCEL_DATE;

  /** Excel refuses longer link targets (about 2,080 characters); such a URL stays text. */
  static final int MAX_LINK = 2000;

  /** Excel's own colour for hyperlinks. */
  private static final String LINK_COLOUR = "0563C1";

  private XlsxCells() {}

  /** A bold, frozen header row, and the sheet's print set-up ({@link #printSetup}). */
  static void header(Worksheet ws, String[] headers) {
    for (int c = 0; c < headers.length; c++) {
      ws.value(0, c, headers[c]);
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
    printSetup(ws);
  }

  /**
   * A4 landscape, all columns on the width of one page (as many pages down as needed) and the
   * header row on every page. Set with the header because fastexcel writes the fit-to-page flag
   * with the first rows it flushes.
   */
  static void printSetup(Worksheet ws) {
    ws.paperSize(PaperSize.A4_PAPER);
    ws.pageOrientation("landscape");
    ws.fitToWidth((short) 1);
    // 0: no limit on the number of pages down
    ws.fitToHeight((short) 0);
    ws.repeatRows(0);
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

  /**
   * A date as a date cell, a {@link WebAddress} as a link ({@link #link}), else text; null and ""
   * stay empty.
   */
  static void cell(Worksheet ws, int r, int c, Object value) {
    if (value instanceof LocalDate date) {
      date(ws, r, c, date);
    } else if (value instanceof WebAddress web) {
      link(ws, r, c, web.url());
    } else if (value != null) {
      text(ws, r, c, value.toString());
    }
  }

  static void text(Worksheet ws, int r, int c, String value) {
    if (value != null && !value.isEmpty()) {
      ws.value(r, c, value);
    }
  }

  /**
   * The URL as a clickable link when it is a web page by {@link LinkPolicy#webPage} (never
   * javascript:, data: or the like, which would run from the sheet) and not too long for Excel; as
   * plain text otherwise.
   */
  static void link(Worksheet ws, int r, int c, String url) {
    String target = url == null ? null : url.strip();
    if (!LinkPolicy.webPage(target) || target.length() > MAX_LINK) {
      text(ws, r, c, url);
      return;
    }
    ws.hyperlink(r, c, new CellLink(target));
    ws.style(r, c).fontColor(LINK_COLOUR).underlined().set();
  }

  static void date(Worksheet ws, int r, int c, LocalDate date) {
    if (date != null) {
      ws.value(r, c, date);
      ws.style(r, c).format(DATE_FORMAT).set();
    }
  }

  /**
   * A link of one cell. fastexcel 0.20.2 keeps a sheet's links in a map keyed by the link's URL and
   * text, so of two cells with the same URL (two products sharing an e-form) only the last kept its
   * link; identity keeps each.
   */
  private static final class CellLink extends HyperLink {
    CellLink(String url) {
      super(url, url);
    }

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  static void percent(Worksheet ws, int r, int c, Double share) {
    if (share != null) {
      ws.value(r, c, share);
      ws.style(r, c).format("0.0%").set();
    }
  }
}
