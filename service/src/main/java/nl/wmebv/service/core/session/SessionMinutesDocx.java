package nl.wmebv.service.core.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * The verslag of a cluster session as a Word document (.docx, Office Open XML) made with Apache
 * POI: A4, the municipality and page numbers in the footer. Text from the data is only ever set as
 * text, never parsed.
 */
public final class SessionMinutesDocx {
  public static final String MIME =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final BigInteger A4_WIDTH =
      BigInteger.valueOf(11906); // twentieths of a point: 210 mm
  private static final BigInteger A4_HEIGHT = BigInteger.valueOf(16838); // 297 mm
  private static final BigInteger MARGIN = BigInteger.valueOf(1134); // 20 mm
  private static final BigInteger TEXT_WIDTH = A4_WIDTH.subtract(MARGIN).subtract(MARGIN);

  private SessionMinutesDocx() {}

  /** The .docx file's bytes. */
  public static byte[] render(SessionMinutes m) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc, m);
      run(doc.createParagraph(), m.title(), true, 18);
      run(doc.createParagraph(), m.subtitle(), false, 11);
      facts(doc, m);
      summary(doc, m);
      actions(doc, m);
      decisions(doc, m);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(XWPFDocument doc, SessionMinutes m) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    run(p, "Gemeente " + m.municipality() + " · " + m.title() + " · pagina ", false, 8);
    field(p, "PAGE");
    run(p, " van ", false, 8);
    field(p, "NUMPAGES");
    CTBody body = doc.getDocument().getBody();
    CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(A4_WIDTH);
    size.setH(A4_HEIGHT);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(MARGIN);
    margins.setBottom(MARGIN);
    margins.setLeft(MARGIN);
    margins.setRight(MARGIN);
    margins.setFooter(BigInteger.valueOf(567));
    margins.setHeader(BigInteger.valueOf(567));
  }

  /** A field Word fills in (PAGE, NUMPAGES); "1" until it does. */
  private static void field(XWPFParagraph p, String instruction) {
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(instruction);
    field.addNewR().addNewT().setStringValue("1");
  }

  private static void facts(XWPFDocument doc, SessionMinutes m) {
    table(
        doc,
        new int[] {32, 68},
        null,
        List.of(
            new String[] {"Gemeente", m.municipality()},
            new String[] {"Cluster", m.cluster()},
            new String[] {"Datum", m.planned()},
            new String[] {"Deelnemers", m.participants()},
            new String[] {"Status", m.statusLine()},
            new String[] {"Gepland door", m.createdBy()},
            new String[] {
              "Besluiten vastgelegd door",
              m.recorders().isEmpty() ? SessionMinutes.NONE : String.join(", ", m.recorders())
            }));
  }

  private static void summary(XWPFDocument doc, SessionMinutes m) {
    heading(doc, "Samenvatting", 14);
    table(
        doc,
        new int[] {24, 16, 60},
        new String[] {"Besluit", "Aantal", "Producten"},
        m.summary().scope().stream()
            .map(l -> new String[] {l.label(), l.count(), l.names()})
            .toList());
    heading(doc, "Acties per eigenaar", 12);
    if (m.summary().actionsPerOwner().isEmpty()) {
      run(doc.createParagraph(), "Geen acties afgesproken.", false, 10);
      return;
    }
    table(
        doc,
        new int[] {70, 30},
        new String[] {"Eigenaar", "Acties"},
        m.summary().actionsPerOwner().stream()
            .map(o -> new String[] {o.owner(), String.valueOf(o.actions())})
            .toList());
  }

  private static void actions(XWPFDocument doc, SessionMinutes m) {
    heading(doc, "Wie doet wat vóór wanneer", 14);
    if (m.actions().isEmpty()) {
      run(doc.createParagraph(), "Geen acties afgesproken.", false, 10);
      return;
    }
    table(
        doc,
        new int[] {22, 30, 24, 12, 12},
        new String[] {"Wie", "Wat", "Product", "Vóór", "Status"},
        m.actions().stream()
            .map(a -> new String[] {a.owner(), a.action(), a.product(), a.deadline(), a.status()})
            .toList());
  }

  private static void decisions(XWPFDocument doc, SessionMinutes m) {
    heading(doc, "Besluiten", 14);
    if (m.decisions().isEmpty()) {
      run(doc.createParagraph(), "Deze sessie heeft nog geen besluiten vastgelegd.", false, 10);
      return;
    }
    table(
        doc,
        new int[] {19, 27, 24, 14, 16},
        new String[] {"Product", "Besluit", "Actie", "Notities", "Vastgelegd"},
        m.decisions().stream().map(SessionMinutesDocx::decisionRow).toList());
  }

  private static String[] decisionRow(SessionMinutes.Decision d) {
    String decision =
        "WMEBV: "
            + d.scope()
            + "\nBerichten: "
            + d.messageTypes()
            + "\nKanaal: "
            + d.channelStatus()
            + "\nWebtekst: "
            + d.textStatus();
    String action =
        d.action()
            + ("Geen actie".equals(d.action())
                ? ""
                : "\nEigenaar: "
                    + d.owner()
                    + "\nDeadline: "
                    + d.deadline()
                    + "\nStatus: "
                    + d.actionStatus());
    return new String[] {
      d.product(), decision, action, d.notes(), d.decidedBy() + "\n" + d.decidedAt()
    };
  }

  private static void heading(XWPFDocument doc, String text, int points) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(240);
    p.setKeepNext(true);
    run(p, text, true, points);
  }

  /**
   * A full-width table, columns in per cent of the width; a bold header row (repeated on every
   * page) when there are headers.
   */
  private static void table(XWPFDocument doc, int[] widths, String[] headers, List<String[]> rows) {
    int first = headers == null ? 0 : 1;
    XWPFTable table = doc.createTable(first + rows.size(), widths.length);
    table.setWidth("100%");
    // the column grid the format requires (POI writes none), in twips of the text width
    CTTbl ct = table.getCTTbl();
    CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
    for (int width : widths) {
      grid.addNewGridCol()
          .setW(TEXT_WIDTH.multiply(BigInteger.valueOf(width)).divide(BigInteger.valueOf(100)));
    }
    if (headers != null) {
      fill(table.getRow(0), widths, true, headers).setRepeatHeader(true);
    }
    for (int i = 0; i < rows.size(); i++) {
      fill(table.getRow(first + i), widths, false, rows.get(i));
    }
  }

  private static XWPFTableRow fill(XWPFTableRow row, int[] widths, boolean bold, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      XWPFTableCell cell = row.getCell(i);
      cell.setWidth(widths[i] + "%");
      run(cell.getParagraphs().get(0), cells[i], bold, 9);
    }
    return row;
  }

  /** Adds the text as one run; a line break in the text is a line break in Word. */
  private static void run(XWPFParagraph p, String text, boolean bold, int points) {
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setFontSize(points);
    run.setFontFamily("Calibri");
    String[] lines = printable(text).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
  }

  /**
   * The text without the control characters XML 1.0 cannot carry (a .docx with one does not open).
   */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\r\n", "\n")
        .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "")
        .replace('\r', '\n');
  }
}
