package nl.wmebv.crawler.detect.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import nl.wmebv.crawler.detect.PageDetector;
import nl.wmebv.crawler.detect.TrapSite;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A person's correction decides the page and moves its template siblings, unless their own evidence
 * is stronger.
 */
class SiteVerdictsTest {
  private static final String HOST = "https://www.trapstad.nl";

  @Test
  void shapesHaveAFixedPartBesidesTheVaryingOne() {
    assertThat(SiteVerdicts.shape(URI.create(HOST + "/actueel/bericht-1")))
        .isEqualTo(SiteVerdicts.shape(URI.create(HOST + "/actueel/bericht-2")))
        .isNotNull();
    assertThat(SiteVerdicts.shape(URI.create(HOST + "/index.php?pagina=product&id=4")))
        .isEqualTo(SiteVerdicts.shape(URI.create(HOST + "/index.php?id=9&pagina=product")));
    assertThat(SiteVerdicts.shape(URI.create(HOST + "/index.php?pagina=product&id=4")))
        .isNotEqualTo(SiteVerdicts.shape(URI.create(HOST + "/index.php?pagina=nieuws&id=4")));
    // a top-level page and a router of numbers only hold every kind of page: no siblings
    assertThat(SiteVerdicts.shape(URI.create(HOST + "/paspoort"))).isNull();
    assertThat(SiteVerdicts.shape(URI.create(HOST + "/index.php?id=300"))).isNull();
    assertThat(SiteVerdicts.shape(URI.create(HOST + "/?page_id=12"))).isNull();
  }

  @Test
  void aCorrectionDecidesThePageAndItsWeakSiblingsButNotAStrongOne() {
    String news =
        "<p>De gemeente opent een nieuw loket. Vraag uw subsidie aan via het"
            + " <a href='https://loket.trapstad.nl/aanvraag/subsidie'>aanvraagformulier</a> met DigiD.</p>";
    String strong =
        TrapSite.product(
            "<p><a href='https://loket.trapstad.nl/aanvraag/paspoort'>Direct aanvragen"
                + "</a> met DigiD.</p>");
    String weak =
        "<p>Kom langs op het gemeentehuis: <a href='https://afspraken.trapstad.nl/'>maak een afspraak</a>.</p>";
    Map<String, String> pages =
        new HashMap<>(
            Map.of(
                "/informatie/subsidie-zonnepanelen", page("Subsidie zonnepanelen aanvragen", news),
                "/informatie/subsidie-isolatie", page("Subsidie isolatie aanvragen", news),
                "/informatie/paspoort-aanvragen", page("Paspoort aanvragen", strong),
                "/regelen/geboorte", page("Geboorte", weak),
                "/regelen/dakkapel", page("Dakkapel", weak)));

    Map<String, Boolean> before = analyse(pages, SiteVerdicts.none());
    assertThat(before)
        .containsEntry("/informatie/subsidie-zonnepanelen", true)
        .containsEntry("/informatie/subsidie-isolatie", true)
        .containsEntry("/informatie/paspoort-aanvragen", true)
        .containsEntry("/regelen/geboorte", false)
        .containsEntry("/regelen/dakkapel", false);

    SiteVerdicts people =
        SiteVerdicts.of(
            Map.of(
                HOST + "/informatie/subsidie-zonnepanelen",
                false,
                HOST + "/regelen/geboorte",
                true));
    Map<String, Boolean> after = analyse(pages, people);
    assertThat(after)
        .containsEntry("/informatie/subsidie-zonnepanelen", false) // the correction itself
        .containsEntry("/informatie/subsidie-isolatie", false) // its sibling, on weak evidence
        .containsEntry(
            "/informatie/paspoort-aanvragen",
            true) // a sibling with three template sections and a form
        .containsEntry("/regelen/geboorte", true)
        .containsEntry("/regelen/dakkapel", true);
  }

  @Test
  void siblingsThatPeopleDecidedBothWaysGiveNoEvidence() {
    SiteVerdicts people =
        SiteVerdicts.of(Map.of(HOST + "/actueel/a", false, HOST + "/actueel/b", true));
    assertThat(people.of(URI.create(HOST + "/actueel/c"))).isEmpty();
    assertThat(people.of(URI.create(HOST + "/actueel/a")))
        .get()
        .extracting(SiteVerdicts.Verdict::product)
        .isEqualTo(false);
  }

  private static String page(String title, String content) {
    return TrapSite.page(title, content);
  }

  private static Map<String, Boolean> analyse(Map<String, String> pages, SiteVerdicts verdicts) {
    AnalysisConfig config = AnalysisConfig.defaults().withChecks(false, null);
    PageDetector detector = new PageDetector(config, null, verdicts);
    Map<String, Boolean> out = new HashMap<>();
    pages.forEach(
        (path, html) ->
            out.put(
                path,
                detector
                    .analyze(URI.create(HOST + path), Jsoup.parse(html, HOST + path))
                    .isProduct()));
    return out;
  }
}
