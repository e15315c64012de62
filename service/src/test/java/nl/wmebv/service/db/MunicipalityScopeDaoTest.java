package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.wmebv.service.core.auth.MunicipalityAccess;
import org.junit.jupiter.api.Test;

class MunicipalityScopeDaoTest extends DaoTestBase {
  private final MunicipalityScopeDao dao = jdbi.onDemand(MunicipalityScopeDao.class);

  @Test
  void aNewUserHasNoMunicipalityUntilAssignedAndReplaceSetsBoth() {
    SiteRow one = newSite("scopeeen");
    SiteRow two = newSite("scopetwee");
    UserRow u = jdbi.onDemand(UserDao.class).insert("scope.a", "A", "x", "EDITOR");

    assertThat(dao.allMunicipalities(u.id())).contains(false);
    assertThat(dao.assigned(u.id())).isEmpty();

    dao.replace(u.id(), false, List.of(one.municipalityId()));
    assertThat(dao.assigned(u.id())).containsExactly(one.municipalityId());
    MunicipalityAccess a = new MunicipalityAccess(false, Set.copyOf(dao.assigned(u.id())));
    assertThat(a.allows(dao.ofSite(one.id()))).isTrue();
    assertThat(a.allows(dao.ofSite(two.id()))).isFalse();
    assertThat(a.allows(dao.ofSite(-1))).isFalse();

    dao.replace(u.id(), true, List.of());
    assertThat(dao.allMunicipalities(u.id())).contains(true);
    assertThat(dao.assigned(u.id())).isEmpty();
  }

  @Test
  void unknownMunicipalityIdsAreReported() {
    SiteRow s = newSite("scopedrie");
    assertThat(dao.unknownMunicipalities(List.of(s.municipalityId(), 987654L)))
        .containsExactly(987654L);
  }

  @Test
  void deletingTheMunicipalityRemovesTheAssignment() {
    SiteRow s = newSite("scopevier");
    UserRow u = jdbi.onDemand(UserDao.class).insert("scope.b", "B", "x", "VIEWER");
    dao.replace(u.id(), false, List.of(s.municipalityId()));
    jdbi.useHandle(h -> h.execute("DELETE FROM municipality WHERE id = ?", s.municipalityId()));
    assertThat(dao.assigned(u.id())).isEmpty();
  }
}
