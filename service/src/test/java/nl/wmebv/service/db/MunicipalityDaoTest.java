package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wmebv.service.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MunicipalityDaoTest {
  private static TestDatabase db;
  private static MunicipalityDao dao;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.createMigrated();
    Jdbi jdbi = db.jdbi();
    dao = jdbi.onDemand(MunicipalityDao.class);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void insertsFindsAndListsByName() {
    MunicipalityRow kampen = dao.insert("Kampen", "https://www.kampen.nl");
    dao.insert("Dalfsen", "https://www.dalfsen.nl");

    assertThat(kampen.id()).isPositive();
    assertThat(kampen.createdAt()).isNotNull();
    assertThat(dao.find(kampen.id())).contains(kampen);
    assertThat(dao.findByName("Kampen")).contains(kampen);
    assertThat(dao.list())
        .extracting(MunicipalityRow::name)
        .containsSubsequence("Dalfsen", "Kampen");
  }

  @Test
  void refusesDuplicateNamesAndNonHttpUrls() {
    dao.insert("Veere", "https://www.veere.nl");
    assertThatThrownBy(() -> dao.insert("Veere", "https://www.veere.nl/2"))
        .satisfies(e -> assertThat(UniqueViolation.isCause(e)).isTrue());
    assertThatThrownBy(() -> dao.insert("Hilversum", "ftp://hilversum.nl"))
        .hasMessageContaining("base_url");
  }

  @Test
  void updatesTheBaseUrl() {
    MunicipalityRow m = dao.insert("Maashorst", "https://www.maashorst.nl");
    assertThat(dao.updateBaseUrl(m.id(), "https://maashorst.nl")).isEqualTo(1);
    assertThat(dao.find(m.id()).orElseThrow().baseUrl()).isEqualTo("https://maashorst.nl");
  }
}
