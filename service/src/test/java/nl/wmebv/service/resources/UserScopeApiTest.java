package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.db.MunicipalityDao;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admins read and set a user's municipalities through /api/users/{id}/municipalities (issue 14 §5).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class UserScopeApiTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);
  static long one;
  static long userA;

  @BeforeAll
  static void data() {
    TestUsers.create(DB.jdbi(), "scope.admin", Role.ADMIN);
    TestUsers.createScoped(DB.jdbi(), "scope.a", Role.EDITOR);
    one =
        DB.jdbi().onDemand(MunicipalityDao.class).insert("Scopegem Een", "https://www.een.nl").id();
    userA =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id FROM app_user WHERE username = 'scope.a'")
                        .mapTo(Long.class)
                        .one());
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Test
  void anAdminSetsAndReadsAUsersMunicipalities() {
    assertThat(get("scope.admin", userA).readEntity(String.class))
        .isEqualTo("{\"allMunicipalities\":false,\"municipalityIds\":[]}");

    Answer put =
        put(
            "scope.admin",
            userA,
            "{\"allMunicipalities\":false,\"municipalityIds\":[" + one + "]}");
    assertThat(put.getStatus()).isEqualTo(200);
    assertThat(get("scope.admin", userA).readEntity(String.class))
        .isEqualTo("{\"allMunicipalities\":false,\"municipalityIds\":[" + one + "]}");
  }

  @Test
  void badInputIs422AndChangesNothing() {
    put("scope.admin", userA, "{\"allMunicipalities\":false,\"municipalityIds\":[" + one + "]}");
    String before = get("scope.admin", userA).readEntity(String.class);

    assertThat(
            put("scope.admin", userA, "{\"allMunicipalities\":true,\"municipalityIds\":[987654]}")
                .getStatus())
        .isEqualTo(422);
    assertThat(
            put("scope.admin", userA, "{\"allMunicipalities\":true,\"municipalityIds\":[],\"x\":1}")
                .getStatus())
        .isEqualTo(422);
    assertThat(
            put("scope.admin", userA, "{\"allMunicipalities\":\"ja\",\"municipalityIds\":[]}")
                .getStatus())
        .isEqualTo(422);
    assertThat(put("scope.admin", userA, "{\"allMunicipalities\":true}").getStatus())
        .isEqualTo(422);
    assertThat(get("scope.admin", userA).readEntity(String.class)).isEqualTo(before);

    assertThat(get("scope.admin", 99999999L).getStatus()).isEqualTo(404);
    assertThat(
            put("scope.admin", 99999999L, "{\"allMunicipalities\":true,\"municipalityIds\":[]}")
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void onlyAnAdminMayDoIt() {
    assertThat(get("scope.a", userA).getStatus()).isEqualTo(403);
    assertThat(
            put("scope.a", userA, "{\"allMunicipalities\":true,\"municipalityIds\":[]}")
                .getStatus())
        .isEqualTo(403);
  }

  /** The answer, read and closed so the client's connections are returned. */
  private static Answer get(String as, long userId) {
    return Answer.of(request(as, userId).get());
  }

  private static Answer put(String as, long userId, String json) {
    return Answer.of(request(as, userId).put(Entity.entity(json, MediaType.APPLICATION_JSON)));
  }

  private record Answer(int getStatus, String body) {
    static Answer of(Response r) {
      try (r) {
        return new Answer(r.getStatus(), r.readEntity(String.class));
      }
    }

    String readEntity(Class<String> type) {
      return body;
    }
  }

  private static Invocation.Builder request(String as, long userId) {
    return APP.client()
        .target(
            "http://localhost:" + APP.getLocalPort() + "/api/users/" + userId + "/municipalities")
        .request()
        .header(HttpHeaders.AUTHORIZATION, TestUsers.basic(as));
  }
}
