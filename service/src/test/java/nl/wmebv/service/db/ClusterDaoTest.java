package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterDaoTest extends DaoTestBase {
  @Test
  void defaultsAreCreatedOnceAndInOrder() {
    SiteRow site = newSite("veere");
    ClusterDao dao = jdbi.onDemand(ClusterDao.class);

    dao.ensureDefaults(site.municipalityId());
    dao.ensureDefaults(site.municipalityId());

    assertThat(dao.list(site.municipalityId()))
        .extracting(ClusterRow::name)
        .containsExactlyElementsOf(ClusterDao.DEFAULTS);
  }

  @Test
  void clustersAreEditablePerMunicipality() {
    SiteRow a = newSite("hilversum");
    SiteRow b = newSite("maashorst");
    ClusterDao dao = jdbi.onDemand(ClusterDao.class);
    ClusterRow wonen = dao.upsert(a.municipalityId(), "Wonen", 1);
    dao.upsert(b.municipalityId(), "Wonen", 1);

    assertThat(dao.list(a.municipalityId())).containsExactly(wonen);
    assertThat(dao.delete(wonen.id())).isEqualTo(1);
    assertThat(dao.list(a.municipalityId())).isEmpty();
    assertThat(dao.list(b.municipalityId())).hasSize(1);
  }
}
