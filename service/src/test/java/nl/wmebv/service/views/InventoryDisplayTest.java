package nl.wmebv.service.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wmebv.service.views.InventoryDisplay.Column;
import org.junit.jupiter.api.Test;

class InventoryDisplayTest {
  @Test
  void theFormsChoiceGoesIntoTheCookieAndBack() {
    InventoryDisplay chosen = InventoryDisplay.of(List.of("pagina", "gewijzigd"), "20");
    assertThat(chosen.columns()).containsExactly(Column.PAGE_URL, Column.UPDATED);
    assertThat(chosen.cookieValue()).isEqualTo("pagina.gewijzigd_20");
    assertThat(InventoryDisplay.fromCookie(chosen.cookieValue())).isEqualTo(chosen);
    assertThat(chosen.getColspan()).isEqualTo(10);
  }

  @Test
  void noColumnsIsAChoiceToo() {
    InventoryDisplay none = InventoryDisplay.of(null, "100");
    assertThat(none.columns()).isEmpty();
    assertThat(InventoryDisplay.fromCookie(none.cookieValue())).isEqualTo(none);
  }

  @Test
  void unknownColumnsAndSizesAreIgnoredAndADamagedCookieGivesTheDefault() {
    InventoryDisplay odd = InventoryDisplay.of(List.of("eigenaar,<script>", "x"), "7");
    assertThat(odd.columns()).containsExactly(Column.OWNER);
    assertThat(odd.pageSize()).isEqualTo(50);
    assertThat(InventoryDisplay.fromCookie("wmebv;evil=1")).isEqualTo(InventoryDisplay.DEFAULT);
    assertThat(InventoryDisplay.fromCookie(null)).isEqualTo(InventoryDisplay.DEFAULT);
  }
}
