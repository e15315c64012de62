package nl.wmebv.service.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.db.ProductQueryDao;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL form of the effective channel status gives what {@link ChannelStatus#effective} gives,
 * for every pair.
 */
class EffectiveStatusTest {
  private static TestDatabase db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.createMigrated();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void sqlAndJavaAgreeOnEveryOverrideAndVerdict() {
    List<String> overrides = new ArrayList<>(Vocabularies.codes(ChannelStatus.class));
    overrides.add(null);
    List<String> verdicts = new ArrayList<>(Vocabularies.codes(DetectedStatus.class));
    verdicts.add(null);
    for (String override : overrides) {
      for (String detected : verdicts) {
        String sql =
            db.jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "SELECT "
                                    + ProductQueryDao.EFFECTIVE_STATUS
                                    + " FROM (SELECT CAST(:o AS text) AS channel_status_override, CAST(:d AS text)"
                                    + " AS detected_channel_status) p")
                            .bind("o", override)
                            .bind("d", detected)
                            .mapTo(String.class)
                            .one());
        assertThat(sql)
            .as("override %s, detected %s", override, detected)
            .isEqualTo(ChannelStatus.effective(override, detected).code());
      }
    }
  }

  @Test
  void everyVerdictHasAPlaceOnThePersonsScale() {
    assertThat(Arrays.stream(DetectedStatus.values()).map(DetectedStatus::onPersonScale))
        .doesNotContainNull()
        .doesNotContain(ChannelStatus.UNKNOWN);
  }
}
