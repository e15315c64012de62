package nl.wmebv.service.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.auth.MunicipalityScopes.Kind;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.SiteDao;
import nl.wmebv.service.db.SiteRow;
import nl.wmebv.service.db.UserDao;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MunicipalityScopesTest {
  static TestDatabase db;
  static Jdbi jdbi;
  static MunicipalityScopes scopes;

  @BeforeAll
  static void start() {
    db = TestDatabase.createMigrated();
    jdbi = db.jdbi();
    scopes = new MunicipalityScopes(jdbi);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  private static SiteRow site(String name) {
    long m = jdbi.onDemand(MunicipalityDao.class).insert(name, "https://www." + name + ".nl").id();
    return jdbi.onDemand(SiteDao.class)
        .insert(m, "https://www." + name + ".nl", new String[0], new String[0]);
  }

  private static User user(String name, Role role) {
    long id = jdbi.onDemand(UserDao.class).insert(name, name, "x", role.name()).id();
    return new User(id, name, name, role);
  }

  @Test
  void aUserSeesOnlyTheAssignedMunicipalityAndAChangeAppliesAtOnce() {
    SiteRow one = site("scopes-een");
    SiteRow two = site("scopes-twee");
    User a = user("scopes.a", Role.EDITOR);

    assertThat(scopes.maySee(a, Kind.SITE, one.id())).isFalse();
    scopes.replace(a.id(), false, List.of(one.municipalityId()), "test");
    assertThat(scopes.maySee(a, Kind.SITE, one.id())).isTrue();
    assertThat(scopes.maySee(a, Kind.MUNICIPALITY, two.municipalityId())).isFalse();
    assertThat(scopes.maySee(a, Kind.SITE, two.id())).isFalse();
    assertThat(scopes.maySee(a, Kind.PRODUCT, 99999999L)).isFalse();

    scopes.replace(a.id(), true, List.of(), "test");
    assertThat(scopes.maySee(a, Kind.SITE, two.id())).isTrue();
    assertThat(scopes.maySee(a, Kind.MUNICIPALITY, 99999999L))
        .as("an id that names nothing")
        .isFalse();
  }

  @Test
  void unknownIdsAreRefusedAndNothingChanges() {
    SiteRow one = site("scopes-drie");
    User b = user("scopes.b", Role.VIEWER);
    scopes.replace(b.id(), false, List.of(one.municipalityId()), "test");

    assertThatThrownBy(
            () -> scopes.replace(b.id(), true, List.of(one.municipalityId(), 88888888L), "test"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("88888888");
    assertThat(scopes.accessOf(b))
        .isEqualTo(new MunicipalityAccess(false, java.util.Set.of(one.municipalityId())));
    assertThatThrownBy(() -> scopes.replace(77777777L, true, List.of(), "test"))
        .isInstanceOf(UnknownEntityException.class);
    assertThat(scopes.accessOf(new User(77777777L, "x", "x", Role.ADMIN)))
        .isEqualTo(MunicipalityAccess.none());
  }
}
