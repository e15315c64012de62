package nl.wmebv.service.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wmebv.service.db.ClusterRuleDao;
import nl.wmebv.service.db.ClusterRuleRow;
import org.junit.jupiter.api.Test;

/**
 * Cluster rules without regexes: whole words, heads of Dutch compounds, URL prefixes; regexes keep
 * working.
 */
class ClusterWordsTest {
  @Test
  void aWordMatchesWholeAndAsTheHeadOrStartOfACompoundButNotBehindAPrefix() {
    List<String> taxes = ClusterWords.parse("belasting, heffing, woz");
    assertThat(ClusterWords.matches(taxes, "Hondenbelasting")).isTrue();
    assertThat(ClusterWords.matches(taxes, "Afvalstoffenheffing")).isTrue();
    assertThat(ClusterWords.matches(taxes, "Bezwaar WOZ-beschikking")).isTrue();
    assertThat(ClusterWords.matches(taxes, "Ontheffing sluitingstijd horeca"))
        .as("ontheffing is no heffing")
        .isFalse();
    assertThat(ClusterWords.matches(ClusterWords.parse("geboorte"), "Geboorteaangifte")).isTrue();
    assertThat(
            ClusterWords.matches(ClusterWords.parse("openbare ruimte"), "Melding openbare ruimte"))
        .isTrue();
    assertThat(ClusterWords.matches(ClusterWords.parse("openbare ruimte"), "Openbare verlichting"))
        .isFalse();
  }

  @Test
  void theDefaultWordRulesPutRealProductNamesInTheirCluster() {
    List<ClusterRuleRow> rows = new java.util.ArrayList<>();
    long id = 1;
    for (var rule : ClusterRuleDao.DEFAULT_WORD_RULES) {
      rows.add(new ClusterRuleRow(id, 1, id, "WORDS", rule.getValue(), (int) id));
      id++;
    }
    ClusterAssigner assigner = new ClusterAssigner(rows);
    String[] clusters =
        ClusterRuleDao.DEFAULT_WORD_RULES.stream()
            .map(java.util.Map.Entry::getKey)
            .toArray(String[]::new);
    assertThat(clusterOf(assigner, clusters, "Ontheffing sluitingstijd horeca"))
        .isEqualTo("Economie en Vergunningen");
    assertThat(clusterOf(assigner, clusters, "Afvalstoffenheffing")).isEqualTo("Belastingen");
    assertThat(clusterOf(assigner, clusters, "Hondenbelasting")).isEqualTo("Belastingen");
    assertThat(clusterOf(assigner, clusters, "Gehandicaptenparkeerkaart"))
        .isEqualTo("Sociaal Domein");
    assertThat(clusterOf(assigner, clusters, "Verhuizing doorgeven")).isEqualTo("Burgerzaken");
    assertThat(clusterOf(assigner, clusters, "Evenementenvergunning"))
        .isEqualTo("Economie en Vergunningen");
    assertThat(clusterOf(assigner, clusters, "Melding openbare ruimte"))
        .isEqualTo("Openbare Ruimte");
    assertThat(clusterOf(assigner, clusters, "Omgevingsvergunning"))
        .isEqualTo("Ruimte en Omgeving");
  }

  @Test
  void aUrlPrefixAndAnOldRegexRuleStillDecide() {
    ClusterAssigner assigner =
        new ClusterAssigner(
            List.of(
                new ClusterRuleRow(1, 1, 10, "URL_PREFIX", "/belastingen/", 1),
                new ClusterRuleRow(2, 1, 20, "NAME", "paspoort|rijbewijs", 2)));
    assertThat(assigner.assign("https://www.x.nl/belastingen/precario", "Precario", null))
        .isEqualTo(10L);
    assertThat(assigner.assign("https://www.x.nl/p/1", "Rijbewijs verlengen", null)).isEqualTo(20L);
    assertThat(assigner.assign("https://www.x.nl/p/2", "Kapvergunning", null)).isNull();
  }

  private static String clusterOf(ClusterAssigner assigner, String[] clusters, String name) {
    Long id = assigner.assign("https://www.gemeente.nl/product", name, null);
    return id == null ? null : clusters[(int) (id - 1)];
  }
}
