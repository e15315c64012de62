package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wmebv.service.Inventory;
import org.junit.jupiter.api.Test;

class ProductDecisionDaoTest extends DaoTestBase {
  private static long[] product(String municipality) {
    Inventory inv = new Inventory(jdbi);
    long[] m = inv.municipality(municipality);
    long cluster = inv.cluster(m[0], "Burgerzaken", 1);
    long id = inv.product(m[0], m[1], "Paspoort aanvragen", "/paspoort", null, "NONE");
    inv.sql(
        "UPDATE product SET is_new = true, needs_review = true, is_gone = true, review_reason = 'x' WHERE id = ?",
        id);
    return new long[] {id, cluster};
  }

  private static ProductViewRow find(long id) {
    return jdbi.onDemand(ProductQueryDao.class).find(id).orElseThrow();
  }

  @Test
  void writesEveryDecisionWithTheVersionItReadAndBumpsTheVersion() {
    long[] p = product("kampen");
    ProductDecisionDao dao = jdbi.onDemand(ProductDecisionDao.class);
    ProductDecisions d =
        new ProductDecisions(
            p[1],
            true,
            true,
            new String[] {"aanvraag", "bezwaar"},
            "ABSENT",
            "NEEDS_REWRITING",
            "Formulier ontbreekt",
            true,
            "BURGEMEESTER",
            "vergunningen@kampen.nl");

    assertThat(dao.update(p[0], 1, d)).isEqualTo(1);

    ProductViewRow after = find(p[0]);
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.organ()).isEqualTo("BURGEMEESTER");
    assertThat(after.ownerEmail()).isEqualTo("vergunningen@kampen.nl");
    assertThat(after.clusterId()).isEqualTo(p[1]);
    assertThat(after.clusterSetByPerson()).isTrue();
    assertThat(after.inScope()).isTrue();
    assertThat(after.messageTypes()).containsExactly("aanvraag", "bezwaar");
    assertThat(after.channelStatusOverride()).isEqualTo("ABSENT");
    assertThat(after.channelStatus()).isEqualTo("ABSENT");
    assertThat(after.textStatus()).isEqualTo("NEEDS_REWRITING");
    assertThat(after.notes()).isEqualTo("Formulier ontbreekt");
    assertThat(after.isNew()).isFalse();
    assertThat(after.needsReview()).isFalse();
    assertThat(after.reviewReason()).isNull();
    assertThat(after.isGone()).as("gone is the crawl's finding, not cleared by a review").isTrue();
    assertThat(after.updatedAt()).isAfterOrEqualTo(after.createdAt());
  }

  @Test
  void aStaleVersionWritesNothing() {
    long[] p = product("dalfsen");
    ProductDecisionDao dao = jdbi.onDemand(ProductDecisionDao.class);
    ProductDecisions d =
        new ProductDecisions(
            null, false, false, new String[0], null, "APPROVED", null, false, null, null);
    assertThat(dao.update(p[0], 2, d)).isZero();
    assertThat(dao.updateCluster(p[0], 5, p[1])).isZero();
    assertThat(dao.markReviewed(p[0], 0)).isZero();
    ProductViewRow after = find(p[0]);
    assertThat(after.version()).isEqualTo(1);
    assertThat(after.textStatus()).isEqualTo("NOT_REVIEWED");
    assertThat(after.isNew()).isTrue();
  }

  @Test
  void setsTheClusterAsAPersonsChoiceAndMarksReviewed() {
    long[] p = product("raalte");
    ProductDecisionDao dao = jdbi.onDemand(ProductDecisionDao.class);
    assertThat(dao.updateCluster(p[0], 1, p[1])).isEqualTo(1);
    assertThat(dao.markReviewed(p[0], 2)).isEqualTo(1);
    ProductViewRow after = find(p[0]);
    assertThat(after.clusterId()).isEqualTo(p[1]);
    assertThat(after.clusterSetByPerson()).isTrue();
    assertThat(after.isNew()).isFalse();
    assertThat(after.needsReview()).isFalse();
    assertThat(after.version()).isEqualTo(3);
  }
}
