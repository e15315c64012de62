package nl.wmebv.service.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wmebv.service.api.SessionDecisionJson;
import nl.wmebv.service.api.SessionDecisionSnapshot;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.api.SessionReportJson;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The verslag of a session in words, as a Word document and as PDF, read back with POI and PDFBox.
 */
class SessionMinutesTest {
  static final String HOSTILE = "<script>alert(1)</script>";
  static final SessionReportJson REPORT = seeded();

  @Test
  void theSummaryCountsTheScopeDecisionsAndTheActionsPerOwner() {
    SessionMinutes m = SessionMinutes.of(REPORT);

    assertThat(m.title()).isEqualTo("Verslag clustersessie Burgerzaken");
    assertThat(m.planned()).isEqualTo("donderdag 3 december 2026 om 14:00");
    assertThat(m.summary().scope())
        .extracting(SessionMinutes.ScopeLine::label, SessionMinutes.ScopeLine::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Binnen de WMEBV", "2 producten"),
            org.assertj.core.groups.Tuple.tuple("Buiten de WMEBV", "1 product"),
            org.assertj.core.groups.Tuple.tuple("Nog niet besloten", "1 product"));
    assertThat(m.summary().scope().get(0).names()).isEqualTo(HOSTILE + ", Afvalpas");
    assertThat(m.summary().actionsPerOwner())
        .containsExactly(
            new SessionMinutes.OwnerCount("Team Burgerzaken", 2),
            new SessionMinutes.OwnerCount("Nog geen eigenaar", 1));
    // by owner, the earliest deadline first, the unowned last
    assertThat(m.actions())
        .containsExactly(
            new SessionMinutes.ActionItem(
                "Team Burgerzaken", "Kapotte link herstellen", "Afvalpas", "15-01-2027", "Open"),
            new SessionMinutes.ActionItem(
                "Team Burgerzaken", "E-formulier maken: met DigiD", HOSTILE, "31-03-2027", "Bezig"),
            new SessionMinutes.ActionItem(
                "Nog geen eigenaar", "Webtekst herschrijven", "Parkeervergunning", "—", "Open"));
    assertThat(m.fileName("docx")).isEqualTo("verslag-burgerzaken-2026-12-03.docx");
    assertThat(SessionMinutes.of(report("Sociaal Domein & Zorg — één", List.of())).fileName("pdf"))
        .isEqualTo("verslag-sociaal-domein-zorg-een-2026-12-03.pdf");
  }

  @Test
  void theWordDocumentHasTheTitleMunicipalitySummaryAndActionsAsText() throws IOException {
    byte[] docx = SessionMinutesDocx.render(SessionMinutes.of(REPORT));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertThat(doc.getParagraphs().get(0).getText())
          .isEqualTo("Verslag clustersessie Burgerzaken");
      String text = extractor.getText();
      assertThat(text)
          .contains("Gemeente Voorbeeldstad")
          .contains("Samenvatting")
          .contains("Wie doet wat vóór wanneer")
          .contains("donderdag 3 december 2026 om 14:00")
          .contains("Anna & Bram <ambtenaren>");
      List<List<String>> rows =
          doc.getTables().stream()
              .flatMap(t -> t.getRows().stream())
              .map(SessionMinutesTest::cells)
              .toList();
      assertThat(rows)
          .contains(
              List.of("Gemeente", "Voorbeeldstad"),
              List.of("Binnen de WMEBV", "2 producten", HOSTILE + ", Afvalpas"),
              List.of("Buiten de WMEBV", "1 product", "Bijstand"),
              List.of("Nog niet besloten", "1 product", "Parkeervergunning"),
              List.of("Team Burgerzaken", "2"),
              List.of("Wie", "Wat", "Product", "Vóór", "Status"),
              List.of(
                  "Team Burgerzaken",
                  "E-formulier maken: met DigiD",
                  HOSTILE,
                  "31-03-2027",
                  "Bezig"));
      assertThat(rows.stream().filter(r -> r.get(0).equals(HOSTILE)).findFirst())
          .get()
          .satisfies(r -> assertThat(r.get(3)).isEqualTo("Regel 1\nRegel 2"));
      XWPFFooter footer = doc.getFooterArray(0);
      assertThat(footer.getText()).contains("Gemeente Voorbeeldstad").contains("pagina");
      assertThat(footer.getParagraphs().get(0).getCTP().xmlText())
          .contains("PAGE")
          .contains("NUMPAGES");
      assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString())
          .isEqualTo("11906");
    }
  }

  @Test
  void thePdfHasTheSameTextOnA4PagesWithPageNumbers() throws IOException {
    byte[] pdf = SessionMinutesPdf.render(SessionMinutes.of(REPORT));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Verslag clustersessie Burgerzaken")
          .contains("Gemeente Voorbeeldstad")
          .contains("Samenvatting")
          .contains("Wie doet wat vóór wanneer")
          .contains("Binnen de WMEBV")
          .contains("2 producten")
          .contains("Team Burgerzaken")
          .contains("31-03-2027")
          .contains("Pagina 1 van " + doc.getNumberOfPages());
      // a cell may wrap a long name: compare without the white space
      assertThat(text.replaceAll("\\s+", "")).contains(HOSTILE).contains("Anna&Bram<ambtenaren>");
    }
  }

  @Test
  void thePdfHtmlEscapesTheData() {
    String html = SessionMinutesPdf.html(SessionMinutes.of(REPORT));
    assertThat(html).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  /**
   * A session of Burgerzaken in Voorbeeldstad with four decisions, one on a product with a hostile
   * name.
   */
  static SessionReportJson seeded() {
    OffsetDateTime at = OffsetDateTime.parse("2026-12-03T13:00Z");
    return report(
        "Burgerzaken",
        List.of(
            decision(
                1,
                HOSTILE,
                true,
                new SessionDecisionSnapshot.Action(
                    11L,
                    "CREATE_EFORM",
                    "met DigiD",
                    "Team Burgerzaken",
                    LocalDate.parse("2027-03-31"),
                    "IN_PROGRESS"),
                "Regel 1\nRegel 2",
                at),
            decision(
                2,
                "Afvalpas",
                true,
                new SessionDecisionSnapshot.Action(
                    12L,
                    "REPAIR_LINK",
                    null,
                    "Team Burgerzaken",
                    LocalDate.parse("2027-01-15"),
                    "OPEN"),
                null,
                at.plusMinutes(10)),
            decision(3, "Bijstand", false, null, null, at.plusMinutes(20)),
            decision(
                4,
                "Parkeervergunning",
                null,
                new SessionDecisionSnapshot.Action(13L, "REWRITE_TEXT", "", null, null, "OPEN"),
                null,
                at.plusMinutes(30))));
  }

  static SessionReportJson report(String cluster, List<SessionDecisionJson> decisions) {
    OffsetDateTime planned = OffsetDateTime.parse("2026-12-03T14:00+01:00");
    SessionJson session =
        new SessionJson(
            7,
            1,
            "Voorbeeldstad",
            3,
            cluster,
            planned,
            "Anna & Bram <ambtenaren>",
            "DONE",
            planned.plusMinutes(5),
            planned.plusHours(2),
            "anna",
            decisions.size());
    return new SessionReportJson(session, decisions);
  }

  private static SessionDecisionJson decision(
      long id,
      String product,
      Boolean inScope,
      SessionDecisionSnapshot.Action action,
      String notes,
      OffsetDateTime at) {
    return new SessionDecisionJson(
        id,
        product,
        id % 2 == 0 ? "bram" : "anna",
        at,
        new SessionDecisionSnapshot(
            3L,
            "Burgerzaken",
            inScope,
            List.of("aanvraag"),
            null,
            "ABSENT",
            "NEEDS_REWRITING",
            notes,
            action,
            2));
  }
}
