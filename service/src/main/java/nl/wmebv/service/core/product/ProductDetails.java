package nl.wmebv.service.core.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.AuditEventJson;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.ListPage;
import nl.wmebv.service.api.ObservationJson;
import nl.wmebv.service.api.ProductDetailJson;
import nl.wmebv.service.core.JsonRows;
import nl.wmebv.service.db.ActionDao;
import nl.wmebv.service.db.AuditDao;
import nl.wmebv.service.db.AuditEventRow;
import nl.wmebv.service.db.ClusterDao;
import nl.wmebv.service.db.PageDao;
import nl.wmebv.service.db.PageRow;
import nl.wmebv.service.db.ProductHistoryDao;
import nl.wmebv.service.db.ProductViewRow;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads a product's detail (page, analysis, history, actions, audit) and a municipality's audit
 * log.
 */
public class ProductDetails {
  /** Observations shown in a product's detail, newest first. */
  static final int OBSERVATIONS = 100;

  private final Jdbi jdbi;
  private final ObjectMapper json;

  public ProductDetails(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.json = json;
  }

  public ProductDetailJson detail(long id) {
    return jdbi.inTransaction(
        h -> {
          ProductViewRow p = ProductService.current(h, id);
          ClusterJson cluster =
              p.clusterId() == null
                  ? null
                  : h.attach(ClusterDao.class).list(p.municipalityId()).stream()
                      .filter(c -> c.id() == p.clusterId())
                      .findFirst()
                      .map(c -> new ClusterJson(c.id(), c.name(), c.position()))
                      .orElse(null);
          PageRow page =
              p.pageId() == null ? null : h.attach(PageDao.class).find(p.pageId()).orElse(null);
          List<ObservationJson> observations =
              page == null
                  ? List.of()
                  : h.attach(ProductHistoryDao.class).observations(page.id(), OBSERVATIONS).stream()
                      .map(JsonRows::observation)
                      .toList();
          List<ActionJson> actions =
              h.attach(ActionDao.class).listByProduct(id).stream().map(JsonRows::action).toList();
          List<AuditEventJson> audit =
              h.attach(AuditDao.class).forProduct(id).stream().map(this::toJson).toList();
          return new ProductDetailJson(
              JsonRows.product(p),
              cluster,
              page == null ? null : JsonRows.webPage(page),
              page == null ? null : tree(page.analysis()),
              observations,
              actions,
              audit);
        });
  }

  /** A page of the municipality's audit log, newest first. */
  public ListPage<AuditEventJson> audit(long municipalityId, int page, int size) {
    return jdbi.inTransaction(
        h -> {
          ProductService.requireMunicipality(h, municipalityId);
          long total = h.attach(ProductHistoryDao.class).countAudit(municipalityId);
          List<AuditEventJson> items =
              h
                  .attach(AuditDao.class)
                  .forMunicipality(municipalityId, size, (page - 1) * size)
                  .stream()
                  .map(this::toJson)
                  .toList();
          return new ListPage<>(items, total, page, size);
        });
  }

  private AuditEventJson toJson(AuditEventRow e) {
    return new AuditEventJson(
        e.id(),
        e.productId(),
        e.entityType(),
        e.entityId(),
        e.event(),
        e.actor(),
        tree(e.changes()),
        e.at());
  }

  private JsonNode tree(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON cannot be read: " + e.getMessage(), e);
    }
  }
}
