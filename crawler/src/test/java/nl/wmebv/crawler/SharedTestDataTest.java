package nl.wmebv.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Where the tests look for the reference data: no absolute path of one machine only. */
class SharedTestDataTest {
  @Test
  void theEnvironmentVariableComesFirstThenTheFoldersBesideTheCheckout() {
    assertThat(SharedTestData.places("/data/wmebv"))
        .containsExactly(
            Path.of("/data/wmebv"),
            Path.of("../shared/data"),
            Path.of("../../shared/data"),
            Path.of("/work/shared/data"));
    assertThat(SharedTestData.places(" ")).hasSize(3).doesNotContain(Path.of(" "));
  }

  @Test
  void aFileNoPlaceHasSkipsTheTestAndSaysWhereItLooked() {
    assertThatThrownBy(() -> SharedTestData.file("upl/no-such-export.csv"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("upl/no-such-export.csv not found in [")
        .hasMessageContaining("WMEBV_SHARED_DATA");
  }
}
