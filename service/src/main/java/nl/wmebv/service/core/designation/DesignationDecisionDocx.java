package nl.wmebv.service.core.designation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;

/**
 * The aanwijzingsbesluit as a Word document (.docx, Office Open XML, Apache POI), made from the
 * decision's HTML (the current draft or a stored version) so that Word, PDF and web say the same.
 * The HTML is our own template's (h1-h2, p, ol/ul/li, table, strong, em, a, br, span.invullen);
 * every text goes into Word as text only.
 */
public final class DesignationDecisionDocx {
  public static final String MIME =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final BigInteger A4_WIDTH =
      BigInteger.valueOf(11906); // twentieths of a point: 210 mm
  private static final BigInteger A4_HEIGHT = BigInteger.valueOf(16838); // 297 mm
  private static final BigInteger MARGIN = BigInteger.valueOf(1134); // 20 mm
  private static final BigInteger TEXT_WIDTH = A4_WIDTH.subtract(MARGIN).subtract(MARGIN);
  private static final int[] BIJLAGE_COLUMNS = {14, 26, 20, 12, 28};

  private DesignationDecisionDocx() {}

  /** The .docx file's bytes for the decision's HTML. */
  public static byte[] render(String html, String footer) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc, footer);
      Element body = Jsoup.parse(html).body();
      blocks(doc, body);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void blocks(XWPFDocument doc, Element parent) {
    for (Element e : parent.children()) {
      switch (e.tagName()) {
        case "h1" -> heading(doc, e, 14, false);
        case "h2" -> heading(doc, e, 12, e.hasClass("bijlage"));
        case "h3" -> heading(doc, e, 11, false);
        case "p" -> inline(paragraph(doc, 0), e, false, false);
        case "ol", "ul" -> list(doc, e);
        case "table" -> table(doc, e);
        case "div", "section" -> {
          if (e.hasClass("besluit")
              && e.previousElementSibling() != null
              && e.previousElementSibling().hasClass("besluit")) {
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
          }
          blocks(doc, e);
        }
        default -> inline(paragraph(doc, 0), e, false, false);
      }
    }
  }

  private static void heading(XWPFDocument doc, Element e, int points, boolean newPage) {
    XWPFParagraph p = doc.createParagraph();
    p.setPageBreak(newPage);
    p.setSpacingBefore(points > 12 ? 0 : 240);
    p.setKeepNext(true);
    inline(p, e, true, false).forEach(r -> r.setFontSize(points));
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, int indent) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(120);
    if (indent > 0) {
      p.setIndentationLeft(indent);
      p.setIndentationHanging(360);
    }
    return p;
  }

  /** Each item its own paragraph, numbered as the HTML numbers it: 1., 2. or a., b., or a dash. */
  private static void list(XWPFDocument doc, Element list) {
    int n = 0;
    for (Element li : list.children()) {
      if (!li.tagName().equals("li")) {
        continue;
      }
      XWPFParagraph p = paragraph(doc, 720);
      run(p, marker(list, n++) + "\t", false, false);
      inline(p, li, false, false);
    }
  }

  private static String marker(Element list, int n) {
    if (list.tagName().equals("ul")) {
      return "–";
    }
    return "a".equals(list.attr("type")) ? (char) ('a' + n) + "." : (n + 1) + ".";
  }

  private static void table(XWPFDocument doc, Element html) {
    List<Element> rows = html.select("tr");
    int columns = rows.isEmpty() ? 1 : rows.get(0).children().size();
    XWPFTable table = doc.createTable(rows.size(), columns);
    table.setWidth("100%");
    CTTbl ct = table.getCTTbl();
    CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
    for (int i = 0; i < columns; i++) {
      int share = columns == BIJLAGE_COLUMNS.length ? BIJLAGE_COLUMNS[i] : 100 / columns;
      grid.addNewGridCol()
          .setW(TEXT_WIDTH.multiply(BigInteger.valueOf(share)).divide(BigInteger.valueOf(100)));
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Element> cells = rows.get(r).children();
      boolean header = cells.stream().allMatch(c -> c.tagName().equals("th"));
      if (header) {
        table.getRow(r).setRepeatHeader(true);
      }
      for (int c = 0; c < columns && c < cells.size(); c++) {
        XWPFTableCell cell = table.getRow(r).getCell(c);
        inline(cell.getParagraphs().get(0), cells.get(c), header, false)
            .forEach(run -> run.setFontSize(9));
      }
    }
    doc.createParagraph();
  }

  /**
   * The element's text as runs: bold, italic, line breaks, list items in a cell as lines,
   * placeholders marked.
   */
  private static List<XWPFRun> inline(XWPFParagraph p, Element e, boolean bold, boolean italic) {
    for (Node node : e.childNodes()) {
      if (node instanceof TextNode t) {
        String text = t.text().replaceAll("\\s+", " ");
        if (!text.isBlank() || !p.getRuns().isEmpty()) {
          run(p, text, bold, italic);
        }
      } else if (node instanceof Element child) {
        switch (child.tagName()) {
          case "br" -> p.createRun().addBreak();
          case "strong", "b" -> inline(p, child, true, italic);
          case "em", "i" -> inline(p, child, bold, true);
          case "li" -> {
            if (child.elementSiblingIndex() > 0 || !p.getRuns().isEmpty()) {
              p.createRun().addBreak();
            }
            run(p, "– ", bold, italic);
            inline(p, child, bold, italic);
          }
          default -> {
            int before = p.getRuns().size();
            inline(p, child, bold, italic);
            if (child.hasClass("invullen")) {
              p.getRuns()
                  .subList(before, p.getRuns().size())
                  .forEach(
                      r ->
                          r.getCTR().addNewRPr().addNewHighlight().setVal(STHighlightColor.YELLOW));
            }
          }
        }
      }
    }
    return p.getRuns();
  }

  private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setItalic(italic);
    run.setFontFamily("Calibri");
    run.setFontSize(11);
    String[] parts = printable(text).split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        run.addTab();
      }
      run.setText(parts[i], i);
    }
  }

  private static void page(XWPFDocument doc, String footer) {
    XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    run(p, footer + " · pagina ", false, false);
    p.getRuns().forEach(r -> r.setFontSize(8));
    p.getCTP().addNewFldSimple().setInstr("PAGE");
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

  /**
   * The text without the control characters XML 1.0 cannot carry (a .docx with one does not open).
   */
  static String printable(String text) {
    return text == null
        ? ""
        : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }
}
