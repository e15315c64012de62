package nl.wmebv.service.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowMatcherTest {
  private final RowMatcher matcher =
      new RowMatcher(
          List.of(
              new RowMatcher.Known(
                  1, "https://www.stad.nl/paspoort", "Paspoort aanvragen", "Paspoort"),
              new RowMatcher.Known(
                  2, "https://www.stad.nl/rijbewijs", "Rijbewijs verlengen", "Rijbewijs")));

  @Test
  void idFirstThenNormalisedUrlThenNameOrUniformName() {
    assertThat(
            matcher.match(row(ImportField.PRODUCT_ID, 2L, ImportField.NAME, "Paspoort aanvragen")))
        .isEqualTo(2L);
    assertThat(
            matcher.match(
                row(
                    ImportField.PAGE_URL,
                    "HTTPS://WWW.STAD.NL/rijbewijs#top",
                    ImportField.NAME,
                    "Paspoort aanvragen")))
        .isEqualTo(2L);
    assertThat(matcher.match(row(ImportField.NAME, "  paspoort   AANVRAGEN "))).isEqualTo(1L);
    assertThat(matcher.match(row(ImportField.UNIFORM_NAME, "Rijbewijs"))).isEqualTo(2L);
    assertThat(matcher.match(row(ImportField.PRODUCT_ID, 99L, ImportField.NAME, "Rijbewijs")))
        .isEqualTo(2L);
    assertThat(matcher.match(row(ImportField.NAME, "Hondenbelasting"))).isNull();
  }

  private static ParsedRow row(Object... kv) {
    Map<ImportField, Object> values = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      values.put((ImportField) kv[i], kv[i + 1]);
    }
    return new ParsedRow(2, values, List.of());
  }
}
