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

/**
 * The verslag of a cluster session as a Word document (.docx, Office Open XML) made with Apache POI: A4, the
 * municipality and page numbers in the footer. Text from the data is only ever set as text, never parsed.
 */
public final class SessionMinutesDocx {
  public static final String MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final BigInteger A4_WIDTH = BigInteger.valueOf(11906); // twentieths of a point: 210 mm
  private static final BigInteger A4_HEIGHT = BigInteger.valueOf(16838); // 297 mm
  private static final BigInteger MARGIN = BigInteger.valueOf(1134); // 20 mm

  private SessionMinutesDocx() {}

  /** The .docx file's bytes. */
  public static byte[] render(SessionMinutes m) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
    List<String[]> facts = List.of(new String[] {"Gemeente", m.municipality()},
        new String[] {"Cluster", m.cluster()}, new String[] {"Datum", m.planned()},
        new String[] {"Deelnemers", m.participants()}, new String[] {"Status", m.statusLine()},
        new String[] {"Gepland door", m.createdBy()},
        new String[] {"Besluiten vastgelegd door",
            m.recorders().isEmpty() ? SessionMinutes.NONE : String.join(", ", m.recorders())});
    XWPFTable table = table(doc, null);
    for (String[] fact : facts) {
      row(table, false, fact);
    }
  }

  private static void summary(XWPFDocument doc, SessionMinutes m) {
    heading(doc, "Samenvatting", 14);
    XWPFTable scope = table(doc, new String[] {"Besluit", "Aantal", "Producten"});
    for (SessionMinutes.ScopeLine line : m.summary().scope()) {
      row(scope, false, line.label(), line.count(), line.names());
    }
    heading(doc, "Acties per eigenaar", 12);
    if (m.summary().actionsPerOwner().isEmpty()) {
      run(doc.createParagraph(), "Geen acties afgesproken.", false, 10);
      return;
    }
    XWPFTable owners = table(doc, new String[] {"Eigenaar", "Acties"});
    for (SessionMinutes.OwnerCount o : m.summary().actionsPerOwner()) {
      row(owners, false, o.owner(), String.valueOf(o.actions()));
    }
  }

  private static void actions(XWPFDocument doc, SessionMinutes m) {
    heading(doc, "Wie doet wat vóór wanneer", 14);
    if (m.actions().isEmpty()) {
      run(doc.createParagraph(), "Geen acties afgesproken.", false, 10);
      return;
    }
    XWPFTable table = table(doc, new String[] {"Wie", "Wat", "Product", "Vóór", "Status"});
    for (SessionMinutes.ActionItem a : m.actions()) {
      row(table, false, a.owner(), a.action(), a.product(), a.deadline(), a.status());
    }
  }

  private static void decisions(XWPFDocument doc, SessionMinutes m) {
    heading(doc, "Besluiten", 14);
    if (m.decisions().isEmpty()) {
      run(doc.createParagraph(), "Deze sessie heeft nog geen besluiten vastgelegd.", false, 10);
      return;
    }
    XWPFTable table = table(doc, new String[] {"Product", "Besluit", "Actie", "Notities", "Vastgelegd"});
    for (SessionMinutes.Decision d : m.decisions()) {
      String decision = "WMEBV: " + d.scope() + "\nBerichten: " + d.messageTypes() + "\nKanaal: "
          + d.channelStatus() + "\nWebtekst: " + d.textStatus();
      String action = d.action() + ("Geen actie".equals(d.action()) ? "" : "\nEigenaar: " + d.owner()
          + "\nDeadline: " + d.deadline() + "\nStatus: " + d.actionStatus());
      row(table, false, d.product(), decision, action, d.notes(), d.decidedBy() + "\n" + d.decidedAt());
    }
  }

  private static void heading(XWPFDocument doc, String text, int points) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(240);
    p.setKeepNext(true);
    run(p, text, true, points);
  }

  /** A full-width table, with a bold header row when there are headers. */
  private static XWPFTable table(XWPFDocument doc, String[] headers) {
    XWPFTable table = doc.createTable();
    table.setWidth("100%");
    if (headers != null) {
      fill(table.getRow(0), true, headers);
      table.getRow(0).setRepeatHeader(true);
    }
    return table;
  }

  private static void row(XWPFTable table, boolean bold, String... cells) {
    // a new table has one empty row: the first row of a table without headers goes there
    XWPFTableRow first = table.getRow(0);
    boolean unused = table.getNumberOfRows() == 1 && first.getTableCells().size() == 1
        && first.getCell(0).getText().isEmpty();
    fill(unused ? first : table.createRow(), bold, cells);
  }

  private static void fill(XWPFTableRow row, boolean bold, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
      run(cell.getParagraphs().get(0), cells[i], bold, 9);
    }
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

  /** The text without the control characters XML 1.0 cannot carry (a .docx with one does not open). */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "")
        .replace('\r', '\n');
  }
}
