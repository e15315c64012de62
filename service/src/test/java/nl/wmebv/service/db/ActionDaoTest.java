package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.wmebv.service.Inventory;
import org.junit.jupiter.api.Test;

class ActionDaoTest extends DaoTestBase {
  @Test
  void insertsFindsListsUpdatesWithVersionAndDeletes() {
    Inventory inv = new Inventory(jdbi);
    long[] m = inv.municipality("kampen");
    long product = inv.product(m[0], m[1], "Paspoort aanvragen", "/paspoort", null, "NONE");
    ActionDao dao = jdbi.onDemand(ActionDao.class);
    LocalDate deadline = LocalDate.of(2026, 3, 1);

    ActionRow a =
        dao.insert(product, "CREATE_EFORM", "E-formulier maken", "Team Digitaal", deadline, "OPEN");
    ActionRow b = dao.insert(product, "REWRITE_TEXT", null, null, null, "OPEN");
    assertThat(a.version()).isEqualTo(1);
    assertThat(dao.find(a.id())).contains(a);
    assertThat(dao.listByProduct(product))
        .extracting(ActionRow::id)
        .containsExactly(a.id(), b.id());

    assertThat(
            dao.update(
                a.id(),
                1,
                "CREATE_EFORM",
                "E-formulier maken",
                "Jan",
                deadline.plusDays(7),
                "IN_PROGRESS"))
        .isEqualTo(1);
    assertThat(dao.update(a.id(), 1, "NONE", null, null, null, "DONE")).as("stale").isZero();
    ActionRow updated = dao.find(a.id()).orElseThrow();
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.owner()).isEqualTo("Jan");
    assertThat(updated.deadline()).isEqualTo(LocalDate.of(2026, 3, 8));
    assertThat(updated.status()).isEqualTo("IN_PROGRESS");

    assertThat(dao.delete(a.id(), 1)).as("stale").isZero();
    assertThat(dao.delete(a.id(), 2)).isEqualTo(1);
    assertThat(dao.find(a.id())).isEmpty();
    assertThat(dao.listByProduct(product)).extracting(ActionRow::id).containsExactly(b.id());
  }
}
