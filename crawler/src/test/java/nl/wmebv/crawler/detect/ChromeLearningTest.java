package nl.wmebv.crawler.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wmebv.crawler.detect.page.ChromeModel;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Chrome learned from recurrence, also on a site without any semantic tags. */
class ChromeLearningTest {
  static List<Document> site(String style) {
    return Fixtures.labels().stream()
        .filter(l -> l.file().contains("/" + style + "/"))
        .map(Fixtures::document)
        .toList();
  }

  @Test
  void tableLayoutSiteWithoutSemanticTagsLosesMenuAndFooter() {
    List<Document> docs = site("nosemantic");
    ChromeModel chrome = ChromeModel.learn(docs, 0.6, 3);
    Element main = chrome.mainContent(docs.get(0));
    assertThat(main.text())
        .contains("Parkeervergunning aanvragen", "Voorwaarden")
        .doesNotContain("Contactformulier", "info@eemsterhout.nl", "Burgerzaken", "bel 14 0599");
    assertThat(chrome.pageTitle(docs.get(0))).isEqualTo("Parkeervergunning aanvragen");
  }

  @Test
  void recurringBlocksInsideMainAreChromeToo() {
    List<Document> drupal = site("drupal");
    Element main = ChromeModel.learn(drupal, 0.6, 3).mainContent(drupal.get(1));
    assertThat(main.select("form"))
        .isEmpty(); // the "Was deze informatie nuttig?" form on every page
    assertThat(main.text()).contains("Direct regelen", "Hoe werkt het?");
    List<Document> typo3 = site("typo3");
    assertThat(ChromeModel.learn(typo3, 0.6, 3).mainContent(typo3.get(0)).text())
        .doesNotContain("14 0514");
  }

  @Test
  void withoutEnoughPagesSemanticTagsAreTheFallback() {
    List<Document> drupal = site("drupal");
    ChromeModel none = ChromeModel.learn(drupal.subList(0, 2), 0.6, 3);
    assertThat(none.learned()).isFalse();
    assertThat(none.mainContent(drupal.get(0)).text()).doesNotContain("info@aadorp.nl");
  }
}
