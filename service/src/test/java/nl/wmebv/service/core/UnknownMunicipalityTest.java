package nl.wmebv.service.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.core.sc.ScFeedImporter;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An id that names no municipality gives the one exception type with the one message, wherever it
 * is used.
 */
class UnknownMunicipalityTest {
  private static TestDatabase db;
  private static Jdbi jdbi;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.createMigrated();
    jdbi = db.jdbi();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void feedImportIntoUnknownMunicipality() {
    assertThatThrownBy(() -> new ScFeedImporter(jdbi).importFeed(4242, new byte[0]))
        .isExactlyInstanceOf(UnknownMunicipalityException.class)
        .isInstanceOf(UnknownEntityException.class)
        .hasMessage("No municipality with id 4242");
  }
}
