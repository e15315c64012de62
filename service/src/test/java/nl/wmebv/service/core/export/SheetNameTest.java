package nl.wmebv.service.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sheet names Excel accepts, also inside the print titles and filter ranges fastexcel writes. */
class SheetNameTest {
  @Test
  void forbiddenCharactersAndApostrophesAreReplacedAndNamesStayUnique() {
    Set<String> used = new HashSet<>();
    assertThat(ExportWriter.sheetName("Jeugd's zorg", used)).isEqualTo("Jeugd\u2019s zorg");
    assertThat(ExportWriter.sheetName("Wonen/werken [oud]", used)).isEqualTo("Wonen-werken -oud-");
    assertThat(ExportWriter.sheetName("acties", used)).isEqualTo("acties");
    assertThat(ExportWriter.sheetName("Acties", used)).isEqualTo("Acties (2)");
    assertThat(ExportWriter.sheetName("Een heel lange clusternaam van meer dan 31 tekens", used))
        .hasSize(31);
  }
}
