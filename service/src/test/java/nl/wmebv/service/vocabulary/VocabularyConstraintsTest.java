package nl.wmebv.service.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vocabulary enums equal the CHECK constraints the real migrations leave in the database. */
class VocabularyConstraintsTest {
  private static final Pattern LITERAL = Pattern.compile("'([^']*)'::text");
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
  void organsAndDecisionStatusesAreTheConstraints() {
    assertThat(allowed("product", "organ")).isEqualTo(Vocabularies.codes(Organ.class));
    assertThat(allowed("designated_channel", "organ")).isEqualTo(Vocabularies.codes(Organ.class));
    assertThat(allowed("designation_decision_version", "status"))
        .isEqualTo(Vocabularies.codes(DesignationDecisionStatus.class));
  }

  @Test
  void channelStatusOverride() {
    assertThat(allowed("product", "channel_status_override"))
        .isEqualTo(Vocabularies.codes(ChannelStatus.class));
  }

  @Test
  void textStatus() {
    assertThat(allowed("product", "text_status")).isEqualTo(Vocabularies.codes(TextStatus.class));
  }

  @Test
  void actionTypeAndStatus() {
    assertThat(allowed("action", "type")).isEqualTo(Vocabularies.codes(ActionType.class));
    assertThat(allowed("action", "status")).isEqualTo(Vocabularies.codes(ActionStatus.class));
  }

  @Test
  void pageVerdict() {
    assertThat(allowed("page", "person_verdict")).isEqualTo(Vocabularies.codes(PageVerdict.class));
  }

  @Test
  void crawlStatus() {
    assertThat(allowed("crawl_run", "status")).isEqualTo(Vocabularies.codes(CrawlStatus.class));
  }

  @Test
  void crawlKind() {
    assertThat(allowed("crawl_run", "kind")).isEqualTo(Vocabularies.codes(CrawlKind.class));
  }

  @Test
  void role() {
    assertThat(allowed("app_user", "role"))
        .isEqualTo(Arrays.stream(Role.values()).map(Role::name).toList());
  }

  @Test
  void detectedStatusIsTheCrawlersVerdict() {
    // no CHECK constraint on detected_channel_status: the crawler's enum is what gets stored
    assertThat(Vocabularies.codes(DetectedStatus.class))
        .isEqualTo(
            Arrays.stream(nl.wmebv.crawler.detect.channel.ChannelStatus.values())
                .map(Enum::name)
                .toList());
  }

  @Test
  void labelLooksUpTheCodeAndKeepsWhatItDoesNotKnow() {
    assertThat(Vocabularies.label(ActionType.class, "CREATE_EFORM")).isEqualTo("E-formulier maken");
    assertThat(Vocabularies.label(ActionType.class, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    assertThat(Vocabularies.label(ActionType.class, null)).isNull();
  }

  @Test
  void codesAndLabelsAreDistinctAndPresent() {
    for (Class<? extends Term> vocabulary :
        List.of(
            ChannelStatus.class,
            TextStatus.class,
            ActionType.class,
            ActionStatus.class,
            MessageType.class,
            Flag.class,
            CrawlStatus.class,
            CrawlKind.class,
            DetectedStatus.class,
            PageVerdict.class,
            FetchProblem.class,
            Organ.class,
            DesignationDecisionStatus.class)) {
      Term[] terms = vocabulary.getEnumConstants();
      assertThat(Arrays.stream(terms).map(Term::code).distinct()).hasSize(terms.length);
      assertThat(Arrays.stream(terms).map(Term::label)).allMatch(label -> !label.isBlank());
    }
  }

  /** The quoted values of the one CHECK constraint on {@code table.column}, in their order. */
  private static List<String> allowed(String table, String column) {
    List<String> defs =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
        SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'c' AND c.conrelid = CAST(:table AS regclass) AND a.attname = :column
        """)
                        .bind("table", table)
                        .bind("column", column)
                        .mapTo(String.class)
                        .list());
    assertThat(defs).as("CHECK constraints on %s.%s", table, column).hasSize(1);
    List<String> values = new ArrayList<>();
    Matcher m = LITERAL.matcher(defs.get(0));
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }
}
