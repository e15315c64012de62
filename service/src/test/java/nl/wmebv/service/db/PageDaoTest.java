package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageDaoTest extends DaoTestBase {
  private static PageObservation ok(String url, String hash, String analysis) {
    return new PageObservation(
        url,
        url,
        200,
        "text/html",
        "Paspoort aanvragen",
        1,
        hash,
        "\"e1\"",
        null,
        null,
        true,
        "DIGITAL",
        analysis);
  }

  @Test
  void upsertKeepsOneRowPerUrlAndUpdatesContent() {
    SiteRow site = newSite("kampen");
    long run = jdbi.onDemand(CrawlRunDao.class).start(site.id()).id();
    PageDao dao = jdbi.onDemand(PageDao.class);
    String url = "https://www.kampen.nl/producten/paspoort";

    long id = dao.upsert(site.id(), run, ok(url, "h1", "{\"channels\": []}")).id();
    long again = dao.upsert(site.id(), run, ok(url, "h2", "{\"channels\": [1]}")).id();

    assertThat(again).isEqualTo(id);
    PageRow row = dao.findByUrl(site.id(), url).orElseThrow();
    assertThat(row.contentHash()).isEqualTo("h2");
    assertThat(row.analysis()).contains("[1]");
    assertThat(row.isProduct()).isTrue();
    assertThat(row.lastCrawlRunId()).isEqualTo(run);
    assertThat(dao.count(site.id())).isEqualTo(1);
  }

  @Test
  void aResumedRunAsksInFullThePagesItStoredItself() {
    SiteRow site = newSite("kampen-hervat");
    CrawlRunDao runs = jdbi.onDemand(CrawlRunDao.class);
    long earlier = runs.start(site.id()).id();
    runs.finish(earlier, "FINISHED", null);
    long resumed = runs.start(site.id()).id();
    PageDao dao = jdbi.onDemand(PageDao.class);
    dao.upsert(site.id(), earlier, ok("https://www.kampen.nl/oud", "h1", null));
    dao.upsert(site.id(), resumed, ok("https://www.kampen.nl/nieuw", "h2", null));

    java.util.Map<String, Boolean> conditional = new java.util.HashMap<>();
    dao.validators(site.id(), resumed).forEach(v -> conditional.put(v.url(), v.lastFetchOk()));
    assertThat(conditional)
        .as("stored by the run being resumed: no 304, so its links are read again")
        .containsEntry("https://www.kampen.nl/nieuw", false)
        .containsEntry("https://www.kampen.nl/oud", true);
    assertThat(dao.validators(site.id(), resumed + 1))
        .as("a new run asks both conditionally")
        .allSatisfy(v -> assertThat(v.lastFetchOk()).isTrue());
  }

  @Test
  void anErrorOrA304NeverErasesWhatWasKnown() {
    SiteRow site = newSite("veere");
    long run = jdbi.onDemand(CrawlRunDao.class).start(site.id()).id();
    PageDao dao = jdbi.onDemand(PageDao.class);
    String url = "https://www.veere.nl/producten/parkeren";
    dao.upsert(site.id(), run, ok(url, "h1", "{\"channelStatus\": \"DIGITAL\"}"));

    dao.upsert(
        site.id(),
        run,
        new PageObservation(
            url,
            null,
            0,
            null,
            null,
            1,
            null,
            null,
            null,
            "timeout after 20 s",
            false,
            null,
            null));
    PageRow afterError = dao.findByUrl(site.id(), url).orElseThrow();
    assertThat(afterError.error()).isEqualTo("timeout after 20 s");
    assertThat(afterError.title()).isEqualTo("Paspoort aanvragen");
    assertThat(afterError.isProduct()).isTrue();
    assertThat(afterError.analysis()).contains("DIGITAL");

    dao.upsert(
        site.id(),
        run,
        new PageObservation(
            url, url, 304, null, null, 1, "h1", null, null, null, false, null, null));
    PageRow after304 = dao.findByUrl(site.id(), url).orElseThrow();
    assertThat(after304.error()).isNull();
    assertThat(after304.httpStatus()).isEqualTo(304);
    assertThat(after304.channelStatus()).isEqualTo("DIGITAL");
    assertThat(after304.etag()).isEqualTo("\"e1\"");
  }

  @Test
  void aBatchAnswersIdsInOrderAndCountsCleanNotFoundsInARow() {
    SiteRow site = newSite("urk");
    long run = jdbi.onDemand(CrawlRunDao.class).start(site.id()).id();
    PageDao dao = jdbi.onDemand(PageDao.class);
    String a = "https://www.urk.nl/a";
    String b = "https://www.urk.nl/b";
    List<PageUpsert> first = dao.upsertAll(site.id(), run, List.of(status(a, 404), status(b, 200)));
    assertThat(first).extracting(PageUpsert::missingCount).containsExactly(1, 0);
    assertThat(first.get(0).id()).isEqualTo(dao.idOf(site.id(), a).orElseThrow());
    assertThat(first.get(1).id()).isEqualTo(dao.idOf(site.id(), b).orElseThrow());

    assertThat(dao.upsertAll(site.id(), run, List.of(status(b, 410), status(a, 410))))
        .extracting(PageUpsert::missingCount)
        .containsExactly(1, 2);
    assertThat(dao.upsert(site.id(), run, status(a, 0)).missingCount())
        .as("an error leaves it")
        .isEqualTo(2);
    assertThat(dao.upsert(site.id(), run, status(a, 304)).missingCount())
        .as("an answer resets it")
        .isZero();
  }

  @Test
  void unchangedFetchesAreCountedInARowAndProductPagesAreAlwaysAsked() {
    SiteRow site = newSite("elburg");
    long run = jdbi.onDemand(CrawlRunDao.class).start(site.id()).id();
    PageDao dao = jdbi.onDemand(PageDao.class);
    String a = "https://www.elburg.nl/nieuws";
    String product = "https://www.elburg.nl/paspoort";
    dao.upsertAll(
        site.id(), run, List.of(status(a, 200), ok(product, "h", null)), List.of(true, true));
    dao.upsertAll(site.id(), run, List.of(status(a, 304)), List.of(false));
    dao.upsertAll(site.id(), run, List.of(status(a, 200)), List.of(false));
    assertThat(unchanged(dao, site, a)).as("a 304 and an equal hash").isEqualTo(2);
    dao.upsertAll(site.id(), run, List.of(status(a, 0)), List.of(false));
    dao.upsertAll(site.id(), run, List.of(status(a, 500)), List.of(false));
    assertThat(unchanged(dao, site, a)).as("errors leave it").isEqualTo(2);
    dao.upsertAll(site.id(), run, List.of(status(a, 200)), List.of(true));
    assertThat(unchanged(dao, site, a)).as("a change resets it").isZero();

    java.util.Map<String, Boolean> always = new java.util.HashMap<>();
    dao.validators(site.id(), run + 1).forEach(v -> always.put(v.url(), v.alwaysAsk()));
    assertThat(always).containsEntry(a, false).containsEntry(product, true);
    assertThat(dao.validators(site.id(), run + 1)).allMatch(v -> v.lastSeenAt() != null);
  }

  private static int unchanged(PageDao dao, SiteRow site, String url) {
    return dao.validators(site.id(), -1).stream()
        .filter(v -> v.url().equals(url))
        .findFirst()
        .orElseThrow()
        .unchangedCrawls();
  }

  private static PageObservation status(String url, int status) {
    return new PageObservation(
        url,
        url,
        status,
        null,
        null,
        1,
        null,
        null,
        null,
        status == 0 ? "timeout" : null,
        false,
        null,
        null);
  }
}
