package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Whether a browser test runs, is skipped or fails, decided without removing Chromium. */
class HeadlessChromiumTest {
  @Test
  void anInstalledBrowserRunsTheTestOnCiAndOffIt() {
    assertThatCode(() -> HeadlessChromium.requireInstalled(true, null)).doesNotThrowAnyException();
    assertThatCode(() -> HeadlessChromium.requireInstalled(true, "true"))
        .doesNotThrowAnyException();
  }

  @Test
  void aMissingBrowserSkipsTheTestWithOneLineSayingWhatIsNeeded() {
    for (String ci : new String[] {null, "", "false", "0"}) {
      assertThatThrownBy(() -> HeadlessChromium.requireInstalled(false, ci))
          .isInstanceOf(TestAbortedException.class)
          .hasMessageStartingWith(
              "Assumption failed: Browser test skipped: /usr/bin/chromedriver and /usr/bin/chromium")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void aMissingBrowserFailsTheTestUnderCi() {
    for (String ci : new String[] {"true", "TRUE", " true "}) {
      assertThatThrownBy(() -> HeadlessChromium.requireInstalled(false, ci))
          .isInstanceOf(AssertionFailedError.class)
          .hasMessageStartingWith("Browser test failed: CI=true and /usr/bin/chromedriver");
    }
  }
}
