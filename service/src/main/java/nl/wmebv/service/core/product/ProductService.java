package nl.wmebv.service.core.product;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.wmebv.service.api.BulkEditJson;
import nl.wmebv.service.api.BulkProductEdit;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.ListPage;
import nl.wmebv.service.api.ProductFilter;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.api.ProductPatch;
import nl.wmebv.service.core.AuditSink;
import nl.wmebv.service.core.JsonRows;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.UnknownMunicipalityException;
import nl.wmebv.service.db.ClusterDao;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.ProductDecisionDao;
import nl.wmebv.service.db.ProductDecisions;
import nl.wmebv.service.db.ProductQueryDao;
import nl.wmebv.service.db.ProductViewRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Lists products and applies a person's decisions: each update carries the version it read, is
 * validated, written and audited (one event listing exactly the fields that changed) in one
 * transaction.
 */
public class ProductService {
  private final Jdbi jdbi;
  private final ObjectMapper json;
  private final SnapshotCache<ListKey, ListPage<ProductJson>> lists;

  private record ListKey(long municipalityId, ProductFilter filter) {}

  /**
   * A service whose lists keep up to {@code listCacheEntries} results while nothing changes (0 =
   * none).
   */
  /**
   * Per cluster id (null: no cluster) how many of the municipality's products the crawler found
   * digital.
   */
  public java.util.Map<Long, Long> detectedDigitalByCluster(long municipalityId) {
    return jdbi.withHandle(
        h ->
            h.attach(nl.wmebv.service.db.ProductDao.class)
                .detectedDigitalByCluster(municipalityId));
  }

  public ProductService(Jdbi jdbi, ObjectMapper json, int listCacheEntries) {
    this.jdbi = jdbi;
    this.json = json;
    this.lists = new SnapshotCache<>(jdbi, listCacheEntries);
  }

  public ListPage<ProductJson> list(long municipalityId, ProductFilter filter) {
    return lists.get(
        new ListKey(municipalityId, filter),
        h -> {
          ProductQueryDao.Listing listing =
              h.attach(ProductQueryDao.class).list(municipalityId, filter);
          if (listing
              .items()
              .isEmpty()) { // products prove the municipality exists; no products may mean it does
            // not
            requireMunicipality(h, municipalityId);
          }
          return new ListPage<>(
              listing.items().stream().map(JsonRows::product).toList(),
              listing.total(),
              filter.page(),
              filter.size());
        });
  }

  public ProductJson find(long id) {
    return jdbi.withHandle(h -> JsonRows.product(current(h, id)));
  }

  /** Applies the patch; {@link StaleVersionException} when its version is not the current one. */
  public ProductJson update(long id, ProductPatch patch, String actor) {
    return jdbi.inTransaction(
        h -> {
          ProductViewRow cur = current(h, id);
          if (cur.version() != patch.version()) {
            throw stale(cur, patch.version());
          }
          write(h, cur, patch, actor);
          return JsonRows.product(current(h, id));
        });
  }

  /**
   * Applies one change to many products of the municipality in one transaction, validated as {@link
   * #update}: all of them or, when any version is stale (a {@link StaleVersionException} listing
   * those products), none.
   */
  public BulkEditJson updateAll(long municipalityId, BulkProductEdit edit, String actor) {
    return jdbi.inTransaction(
        h -> {
          requireMunicipality(h, municipalityId);
          List<ProductViewRow> rows = new ArrayList<>();
          List<Long> foreign = new ArrayList<>();
          for (long id : edit.productIds()) {
            h.attach(ProductQueryDao.class)
                .find(id)
                .filter(p -> p.municipalityId() == municipalityId)
                .ifPresentOrElse(rows::add, () -> foreign.add(id));
          }
          if (!foreign.isEmpty()) {
            throw new InvalidInputException(
                "productIds " + foreign + " are not products of municipality " + municipalityId);
          }
          ProductPatch change = edit.change();
          if (change.has("clusterId")
              && change.clusterId() != null
              && h.attach(ClusterDao.class).list(municipalityId).stream()
                  .noneMatch(c -> c.id() == change.clusterId())) {
            throw new InvalidInputException(
                "clusterId " + change.clusterId() + " is not a cluster of this municipality");
          }
          List<ProductJson> stale =
              rows.stream()
                  .filter(r -> r.version() != edit.versions().get(r.id()))
                  .map(JsonRows::product)
                  .collect(Collectors.toCollection(ArrayList::new));
          if (!stale.isEmpty()) {
            throw staleAll(stale);
          }
          int changed = 0;
          for (ProductViewRow row : rows) {
            try {
              changed += write(h, row, change.withVersion(row.version()), actor) ? 1 : 0;
            } catch (
                StaleVersionException
                    e) { // changed between our read and our write: name them all, then fail
              stale.add((ProductJson) e.current());
            }
          }
          if (!stale.isEmpty()) { // out of the transaction: what was written above is rolled back
            throw staleAll(stale);
          }
          return new BulkEditJson(
              changed,
              edit.productIds().stream().map(id -> JsonRows.product(current(h, id))).toList());
        });
  }

  /**
   * Writes the patch over {@code cur} inside the caller's transaction, validated as {@link
   * #update}, with an audit event named {@code event} (the inventory import records its own) to
   * {@code audit}; the municipality's cluster ids are the caller's, read once in this transaction,
   * so the cluster check costs no query per product. False when it changes nothing.
   */
  public boolean apply(
      Handle h,
      ProductViewRow cur,
      ProductPatch patch,
      String actor,
      String event,
      java.util.Set<Long> clusterIds,
      AuditSink audit) {
    return write(h, cur, patch, actor, event, clusterIds, audit);
  }

  private boolean write(Handle h, ProductViewRow cur, ProductPatch patch, String actor) {
    return write(h, cur, patch, actor, "product.updated", null, AuditSink.direct(h));
  }

  /**
   * Writes the patch over {@code cur} with its audit event; false when it changes nothing (nothing
   * written).
   */
  private boolean write(
      Handle h,
      ProductViewRow cur,
      ProductPatch patch,
      String actor,
      String event,
      java.util.Set<Long> knownClusterIds,
      AuditSink audit) {
    long id = cur.id();
    Long clusterId = patch.has("clusterId") ? patch.clusterId() : cur.clusterId();
    if (patch.has("clusterId")
        && clusterId != null
        && (knownClusterIds != null
            ? !knownClusterIds.contains(clusterId)
            : h.attach(ClusterDao.class).list(cur.municipalityId()).stream()
                .noneMatch(c -> c.id() == patch.clusterId()))) {
      throw new InvalidInputException(
          "clusterId " + clusterId + " is not a cluster of this municipality");
    }
    boolean byPerson = cur.clusterSetByPerson() || patch.has("clusterId");
    Boolean inScope = patch.has("inScope") ? patch.inScope() : cur.inScope();
    List<String> types = patch.has("messageTypes") ? patch.messageTypes() : cur.messageTypes();
    String override =
        patch.has("channelStatusOverride")
            ? patch.channelStatusOverride()
            : cur.channelStatusOverride();
    String textStatus = patch.has("textStatus") ? patch.textStatus() : cur.textStatus();
    String notes = patch.has("notes") ? patch.notes() : cur.notes();
    String organ = patch.has("organ") ? patch.organ() : cur.organ();
    String ownerEmail = patch.has("ownerEmail") ? patch.ownerEmail() : cur.ownerEmail();
    Changes changes =
        new Changes()
            .diff("clusterId", cur.clusterId(), clusterId)
            .diff("clusterSetByPerson", cur.clusterSetByPerson(), byPerson)
            .diff("inScope", cur.inScope(), inScope)
            .diff("messageTypes", cur.messageTypes(), types)
            .diff("channelStatusOverride", cur.channelStatusOverride(), override)
            .diff("textStatus", cur.textStatus(), textStatus)
            .diff("notes", cur.notes(), notes)
            .diff("organ", cur.organ(), organ)
            .diff("ownerEmail", cur.ownerEmail(), ownerEmail);
    if (patch.reviewed()) {
      changes
          .diff("isNew", cur.isNew(), false)
          .diff("needsReview", cur.needsReview(), false)
          .diff("reviewReason", cur.reviewReason(), null);
    }
    if (changes.isEmpty()) {
      return false;
    }
    ProductDecisions decisions =
        new ProductDecisions(
            clusterId,
            byPerson,
            inScope,
            types.toArray(String[]::new),
            override,
            textStatus,
            notes,
            patch.reviewed(),
            organ,
            ownerEmail);
    if (h.attach(ProductDecisionDao.class).update(id, patch.version(), decisions) == 0) {
      throw stale(current(h, id), patch.version());
    }
    audit.append(cur.municipalityId(), id, "product", id, event, actor, changes.toJson(json));
    return true;
  }

  public static ProductViewRow current(Handle h, long id) {
    return h.attach(ProductQueryDao.class)
        .find(id)
        .orElseThrow(() -> new UnknownEntityException("No product with id " + id));
  }

  public static void requireMunicipality(Handle h, long municipalityId) {
    if (h.attach(MunicipalityDao.class).find(municipalityId).isEmpty()) {
      throw new UnknownMunicipalityException(municipalityId);
    }
  }

  private static StaleVersionException staleAll(List<ProductJson> stale) {
    return new StaleVersionException(
        stale.size()
            + " of the products were changed by someone else ("
            + stale.stream().map(p -> String.valueOf(p.id())).collect(Collectors.joining(", "))
            + "); nothing was changed: reload them and apply the change again",
        List.copyOf(stale));
  }

  private static StaleVersionException stale(ProductViewRow cur, int sent) {
    return new StaleVersionException(
        "Product "
            + cur.id()
            + " was changed by someone else: it is at version "
            + cur.version()
            + ", the update was based on version "
            + sent
            + "; reload it and apply the change again",
        JsonRows.product(cur));
  }
}
