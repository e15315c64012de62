package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiteDaoTest extends DaoTestBase {
  @Test
  void storesPatternsAndListsPerMunicipality() {
    MunicipalityRow m =
        jdbi.onDemand(MunicipalityDao.class).insert("Kampen", "https://www.kampen.nl");
    SiteDao dao = jdbi.onDemand(SiteDao.class);
    SiteRow site =
        dao.insert(
            m.id(),
            "https://www.kampen.nl",
            new String[] {"^/producten/"},
            new String[] {"^/zoeken"});

    assertThat(site.includePatterns()).containsExactly("^/producten/");
    assertThat(site.excludePatterns()).containsExactly("^/zoeken");
    assertThat(dao.find(site.id())).contains(site);
    assertThat(dao.listByMunicipality(m.id())).containsExactly(site);
    assertThat(dao.updateBaseUrl(site.id(), "https://kampen.nl")).isEqualTo(1);
    assertThat(dao.find(site.id()).orElseThrow().baseUrl()).isEqualTo("https://kampen.nl");
  }

  @Test
  void oneSiteRowPerBaseUrl() {
    SiteRow site = newSite("dalfsen");
    assertThatThrownBy(
            () ->
                jdbi.onDemand(SiteDao.class)
                    .insert(site.municipalityId(), site.baseUrl(), new String[0], new String[0]))
        .satisfies(e -> assertThat(UniqueViolation.isCause(e)).isTrue());
  }
}
