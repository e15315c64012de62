package nl.wmebv.service.db;

import nl.wmebv.service.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One migrated database per DAO test class, with a helper to make a municipality and site. */
abstract class DaoTestBase {
  static TestDatabase db;
  static Jdbi jdbi;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.createMigrated();
    jdbi = db.jdbi();
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  static SiteRow newSite(String name) {
    MunicipalityRow m =
        jdbi.onDemand(MunicipalityDao.class).insert(name, "https://www." + name + ".nl");
    return jdbi.onDemand(SiteDao.class)
        .insert(m.id(), "https://www." + name + ".nl", new String[0], new String[0]);
  }
}
