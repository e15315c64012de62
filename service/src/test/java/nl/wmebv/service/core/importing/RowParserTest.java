package nl.wmebv.service.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.wmebv.service.core.sheet.BadValue;
import org.junit.jupiter.api.Test;

class RowParserTest {

  @Test
  void aForeignSpreadsheetWithDutchHeadingsReadsIntoFieldsWithADutchMessagePerBadCell()
      throws BadValue {
    String csv =
        """
        Product;Digitaal kanaal (ja/nee);Actiehouder;Opmerkingen;Deadline;Tekststatus
        Paspoort;ja;Team Burgerzaken;'=niet rekenen;15-03-2026;Goedgekeurd
        Rijbewijs;nee;;;46096;
        Afvalpas;misschien;;;32-13-2026;half
        """;
    Sheet sheet = SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8));
    List<ParsedRow> rows = RowParser.parse(sheet, ColumnMapping.guess(sheet.headings()));

    ParsedRow paspoort = rows.get(0);
    assertThat(paspoort.valid()).isTrue();
    assertThat(paspoort.row()).isEqualTo(2);
    assertThat(paspoort.values())
        .containsEntry(ImportField.NAME, "Paspoort")
        .containsEntry(ImportField.CHANNEL_STATUS, "DIGITAL")
        .containsEntry(ImportField.OWNER, "Team Burgerzaken")
        .containsEntry(ImportField.NOTES, "=niet rekenen")
        .containsEntry(ImportField.DEADLINE, LocalDate.of(2026, 3, 15))
        .containsEntry(ImportField.TEXT_STATUS, "APPROVED");
    ParsedRow rijbewijs = rows.get(1);
    assertThat(rijbewijs.values())
        .containsEntry(ImportField.CHANNEL_STATUS, "ABSENT")
        .containsEntry(ImportField.DEADLINE, LocalDate.of(2026, 3, 15))
        .containsEntry(ImportField.OWNER, null);
    assertThat(rijbewijs.values()).doesNotContainKey(ImportField.CLUSTER);
    ParsedRow afval = rows.get(2);
    assertThat(afval.valid()).isFalse();
    assertThat(afval.problems())
        .extracting(BadValue::dutch)
        .containsExactly(
            "\"misschien\" is geen toegestane waarde voor kanaalstatus",
            "\"32-13-2026\" is geen datum (schrijf 15-03-2026)",
            "\"half\" is geen toegestane waarde voor tekststatus");
    assertThat(afval.problems()).extracting(BadValue::english).allMatch(m -> m.contains("not"));
  }
}
