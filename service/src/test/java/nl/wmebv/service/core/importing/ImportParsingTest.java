package nl.wmebv.service.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.sheet.BadValue;
import nl.wmebv.service.core.sheet.CellValues;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ChannelStatus;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class ImportParsingTest {

  @Test
  void datesAsDutchTextIsoAndExcelSerial() throws BadValue {
    assertThat(CellValues.date("15-03-2026")).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(CellValues.date("5-3-2026")).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(CellValues.date("2026-03-15")).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(CellValues.date("46096")).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(CellValues.date("1")).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(CellValues.date(" ")).isNull();
    assertThatThrownBy(() -> CellValues.date("31-02-2026"))
        .isInstanceOf(BadValue.class)
        .satisfies(e -> assertThat(((BadValue) e).dutch()).contains("geen datum"))
        .hasMessageContaining("not a date");
    assertThatThrownBy(() -> CellValues.date("morgen")).isInstanceOf(BadValue.class);
  }

  @Test
  void yesNoAndVocabularyLabels() throws BadValue {
    assertThat(CellValues.yesNo("Ja")).isTrue();
    assertThat(CellValues.yesNo("nee")).isFalse();
    assertThat(CellValues.yesNo("")).isNull();
    assertThatThrownBy(() -> CellValues.yesNo("misschien")).isInstanceOf(BadValue.class);
    assertThat(CellValues.term(ActionStatus.class, "bezig", "actiestatus"))
        .isEqualTo("IN_PROGRESS");
    assertThat(CellValues.term(ChannelStatus.class, "Digitaal kanaal werkt", "kanaal"))
        .isEqualTo("DIGITAL");
    assertThat(CellValues.term(ChannelStatus.class, "DIGITAL", "kanaal")).isEqualTo("DIGITAL");
    assertThatThrownBy(() -> CellValues.term(ActionStatus.class, "half af", "actiestatus"))
        .isInstanceOf(BadValue.class)
        .satisfies(
            e ->
                assertThat(((BadValue) e).dutch())
                    .isEqualTo("\"half af\" is geen toegestane waarde voor actiestatus"));
  }

  @Test
  void neutralisingApostropheOfOurCsvExportIsStripped() {
    assertThat(CellValues.text("'=SUM(A1)")).isEqualTo("=SUM(A1)");
    assertThat(CellValues.text("'-korting")).isEqualTo("-korting");
    assertThat(CellValues.text("'t Hof")).isEqualTo("'t Hof");
  }

  @Test
  void dutchHeadingsAreRecognised() {
    ColumnMapping m =
        ColumnMapping.guess(
            List.of(
                "Product",
                "Digitaal kanaal (ja/nee)",
                "Actiehouder",
                "Opmerkingen",
                "Deadline",
                "Kleur"));
    assertThat(m.columns())
        .containsExactly(
            ImportField.NAME,
            ImportField.CHANNEL_STATUS,
            ImportField.OWNER,
            ImportField.NOTES,
            ImportField.DEADLINE,
            null);
    assertThat(m.identifiesProducts()).isTrue();
    assertThat(ColumnMapping.isOwnExport(List.of("Product", "Deadline"))).isFalse();
  }

  @Test
  void ownExportHeadingsMapTheDecisionNotTheEffectiveStatus() {
    List<String> headings =
        List.of(
            "Nr.",
            "Product",
            "Uniforme productnaam",
            "Cluster",
            "Pagina-URL",
            "Kanaal gedetecteerd",
            "Kanaal besluit",
            "Kanaalstatus",
            "Bewijs-URL",
            "Valt onder WMEBV");
    ColumnMapping m = ColumnMapping.guess(headings);
    assertThat(ColumnMapping.isOwnExport(headings)).isTrue();
    assertThat(m.columns().get(0)).isEqualTo(ImportField.PRODUCT_ID);
    assertThat(m.columns().get(5)).isNull();
    assertThat(m.columns().get(6)).isEqualTo(ImportField.CHANNEL_STATUS);
    assertThat(m.columns().get(7)).isNull();
  }

  @Test
  void csvWithStampSemicolonsAndBom() throws BadValue {
    String csv =
        "\uFEFFGeëxporteerd op 04-12-2026 17:46\r\nNr.;Product;Notities\r\n7;Paspoort;\"a;b\"\r\n;;\r\n8;Rijbewijs;'=1\r\n";
    Sheet sheet = SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(sheet.headings()).containsExactly("Nr.", "Product", "Notities");
    assertThat(sheet.exportedAt())
        .isEqualTo(
            OffsetDateTime.of(
                2026,
                12,
                4,
                17,
                46,
                0,
                0,
                DutchTime.ZONE.getRules().getOffset(LocalDate.of(2026, 12, 4).atStartOfDay())));
    assertThat(sheet.lines()).hasSize(2);
    assertThat(sheet.lines().get(0).cells()).containsExactly("7", "Paspoort", "a;b");
    assertThat(sheet.lines().get(1).number()).isEqualTo(5);
  }

  @Test
  void csvWithCommasAndNoStamp() throws BadValue {
    Sheet sheet =
        SpreadsheetReader.read(
            "Product,Deadline\nPaspoort,15-03-2026\n".getBytes(StandardCharsets.UTF_8));
    assertThat(sheet.exportedAt()).isNull();
    assertThat(sheet.lines().get(0).cells()).containsExactly("Paspoort", "15-03-2026");
  }

  @Test
  void xlsxReadsNumbersAndDatesAsTheirSerial() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    Worksheet summary = wb.newWorksheet("Samenvatting");
    summary.value(0, 0, "Cluster");
    summary.value(0, 2, "Geëxporteerd op 01-12-2026 09:30");
    Worksheet ws = wb.newWorksheet("Inventaris");
    ws.value(0, 0, "Product");
    ws.value(0, 1, "Deadline");
    ws.value(1, 0, "Paspoort");
    ws.value(1, 1, LocalDate.of(2026, 3, 15));
    ws.style(1, 1).format("dd-mm-yyyy").set();
    ws.value(2, 0, "Rijbewijs");
    ws.value(2, 1, "15-03-2026");
    wb.finish();
    Sheet sheet = SpreadsheetReader.read(out.toByteArray());
    assertThat(sheet.headings()).containsExactly("Product", "Deadline");
    assertThat(sheet.exportedAt().atZoneSameInstant(DutchTime.ZONE).toLocalDateTime())
        .isEqualTo(LocalDate.of(2026, 12, 1).atTime(9, 30));
    assertThat(CellValues.date(sheet.lines().get(0).cell(1))).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(CellValues.date(sheet.lines().get(1).cell(1))).isEqualTo(LocalDate.of(2026, 3, 15));
  }

  @Test
  void garbageIsABrokenFile() {
    byte[] zipGarbage = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 100);
    assertThatThrownBy(() -> SpreadsheetReader.read(zipGarbage))
        .isInstanceOf(BadValue.class)
        .satisfies(e -> assertThat(((BadValue) e).dutch()).contains("geen leesbare"));
    assertThatThrownBy(() -> SpreadsheetReader.read(new byte[0])).isInstanceOf(BadValue.class);
  }
}
