package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductDaoTest extends DaoTestBase {
  @Test
  void detectorUpdatesNeverTouchAPersonsDecision() {
    SiteRow site = newSite("kampen");
    ClusterRow burgerzaken =
        jdbi.onDemand(ClusterDao.class).upsert(site.municipalityId(), "Burgerzaken", 1);
    ProductDao dao = jdbi.onDemand(ProductDao.class);
    ProductRow p =
        dao.insert(
            site.municipalityId(),
            null,
            null,
            "Paspoort aanvragen",
            null,
            null,
            "particulier",
            "NONE");
    assertThat(p.version()).isEqualTo(1);

    assertThat(dao.updateDecision(p.id(), p.version(), burgerzaken.id(), true)).isEqualTo(1);
    assertThat(
            dao.updateDetected(
                p.id(),
                "DIGITAL",
                "paspoort",
                "http://standaarden.overheid.nl/owms/terms/paspoort"))
        .isEqualTo(1);

    ProductRow after = dao.find(p.id()).orElseThrow();
    assertThat(after.clusterId()).isEqualTo(burgerzaken.id());
    assertThat(after.inScope()).isTrue();
    assertThat(after.detectedChannelStatus()).isEqualTo("DIGITAL");
    assertThat(after.uniformName()).isEqualTo("paspoort");
    assertThat(after.version()).isEqualTo(3);
  }

  @Test
  void aStaleVersionChangesNothing() {
    SiteRow site = newSite("dalfsen");
    ProductDao dao = jdbi.onDemand(ProductDao.class);
    ProductRow p =
        dao.insert(
            site.municipalityId(), null, null, "Bijzondere bijstand", null, null, null, null);
    dao.updateDecision(p.id(), p.version(), null, true);

    assertThat(dao.updateDecision(p.id(), p.version(), null, false)).isZero();
    assertThat(dao.find(p.id()).orElseThrow().inScope()).isTrue();
    assertThat(dao.listByMunicipality(site.municipalityId())).hasSize(1);
  }
}
