package nl.wmebv.service.core.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmebv.service.api.ActionFilter;
import nl.wmebv.service.api.ActionInput;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.MunicipalityActionJson;
import nl.wmebv.service.core.AuditSink;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.JsonRows;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.UnknownMunicipalityException;
import nl.wmebv.service.core.product.Changes;
import nl.wmebv.service.core.product.ProductService;
import nl.wmebv.service.db.ActionDao;
import nl.wmebv.service.db.ActionDueRow;
import nl.wmebv.service.db.ActionListDao;
import nl.wmebv.service.db.ActionListRow;
import nl.wmebv.service.db.ActionRow;
import nl.wmebv.service.db.ProductViewRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Creates, updates and deletes actions on products, each with its audit event in the same
 * transaction; lists a municipality's actions ("who does what, by when").
 */
public class ActionService {
  /** How far ahead the dashboard looks for actions that are due. */
  public static final int DUE_SOON_DAYS = 30;

  private final Jdbi jdbi;
  private final ObjectMapper json;
  private final Clock clock;

  public ActionService(Jdbi jdbi, ObjectMapper json) {
    this(jdbi, json, Clock.systemUTC());
  }

  public ActionService(Jdbi jdbi, ObjectMapper json, Clock clock) {
    this.jdbi = jdbi;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The Dutch date today: a deadline is a Dutch day, so an action is late from the Dutch midnight
   * after it.
   */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(DutchTime.ZONE));
  }

  /**
   * The municipality's actions that pass the filter; {@link UnknownMunicipalityException} if there
   * is none.
   */
  public List<MunicipalityActionJson> list(long municipalityId, ActionFilter filter) {
    return jdbi.withHandle(
        h -> {
          ProductService.requireMunicipality(h, municipalityId);
          return h.attach(ActionListDao.class).list(municipalityId, filter, today()).stream()
              .map(ActionService::json)
              .toList();
        });
  }

  /**
   * Per cluster id (0: without cluster) the open actions overdue and due in the next 30 days: one
   * query.
   */
  public Map<Long, DueActions> dueByCluster(long municipalityId) {
    LocalDate today = today();
    return jdbi
        .withHandle(
            h ->
                h.attach(ActionListDao.class)
                    .dueByCluster(municipalityId, today, today.plusDays(DUE_SOON_DAYS)))
        .stream()
        .collect(
            Collectors.toMap(
                ActionDueRow::clusterId, r -> new DueActions(r.overdue(), r.dueSoon())));
  }

  private static MunicipalityActionJson json(ActionListRow r) {
    return new MunicipalityActionJson(
        r.id(),
        r.productId(),
        r.productName(),
        r.clusterId(),
        r.clusterName(),
        r.type(),
        r.description(),
        r.owner(),
        r.deadline(),
        r.status(),
        r.overdue(),
        r.version());
  }

  /**
   * Per product id the first action that is not done (products without one are absent): one query.
   */
  public java.util.Map<Long, ActionJson> firstOpen(List<Long> productIds) {
    if (productIds.isEmpty()) {
      return java.util.Map.of();
    }
    return jdbi.withHandle(h -> h.attach(ActionDao.class).firstOpenByProducts(productIds)).stream()
        .collect(java.util.stream.Collectors.toMap(ActionRow::productId, JsonRows::action));
  }

  public List<ActionJson> list(long productId) {
    return jdbi.withHandle(
        h -> {
          ProductService.current(h, productId);
          return h.attach(ActionDao.class).listByProduct(productId).stream()
              .map(JsonRows::action)
              .toList();
        });
  }

  public ActionJson create(long productId, ActionInput in, String actor) {
    return jdbi.inTransaction(h -> JsonRows.action(create(h, productId, in, actor)));
  }

  /** Creates the action inside the caller's transaction, with its audit event. */
  public ActionRow create(Handle h, long productId, ActionInput in, String actor) {
    return create(h, ProductService.current(h, productId), in, actor, AuditSink.direct(h));
  }

  /**
   * {@link #create(Handle, long, ActionInput, String)} for a product the caller has just read in
   * the same transaction, with its audit event to {@code audit} (the inventory import's batch).
   */
  public ActionRow create(
      Handle h, ProductViewRow product, ActionInput in, String actor, AuditSink audit) {
    long productId = product.id();
    String status = in.status() == null ? "OPEN" : in.status();
    ActionRow a =
        h.attach(ActionDao.class)
            .insert(productId, in.type(), in.description(), in.owner(), in.deadline(), status);
    audit(audit, product, a.id(), "action.created", diff(null, a), actor);
    return a;
  }

  /**
   * Applies the fields sent; {@link StaleVersionException} when the version is not the current one.
   */
  public ActionJson update(long id, ActionInput in, String actor) {
    return jdbi.inTransaction(h -> update(h, null, id, in, actor, AuditSink.direct(h)));
  }

  /**
   * {@link #update(long, ActionInput, String)} inside the caller's transaction, for the action of a
   * product read in it (or null: read here), with its audit event to {@code audit} (the inventory
   * import's batch).
   */
  public ActionJson update(
      Handle h, ProductViewRow product, long id, ActionInput in, String actor, AuditSink audit) {
    ActionDao actions = h.attach(ActionDao.class);
    ActionRow cur = current(actions, id, in.version());
    if (product != null && product.id() != cur.productId()) {
      throw new IllegalArgumentException(
          "Action " + id + " is not an action of product " + product.id());
    }
    ActionRow next =
        new ActionRow(
            id,
            cur.productId(),
            in.has("type") ? in.type() : cur.type(),
            in.has("description") ? in.description() : cur.description(),
            in.has("owner") ? in.owner() : cur.owner(),
            in.has("deadline") ? in.deadline() : cur.deadline(),
            in.has("status") ? in.status() : cur.status(),
            cur.version(),
            cur.createdAt(),
            cur.updatedAt());
    Changes changes = diff(cur, next);
    if (changes.isEmpty()) {
      return JsonRows.action(cur);
    }
    if (actions.update(
            id,
            in.version(),
            next.type(),
            next.description(),
            next.owner(),
            next.deadline(),
            next.status())
        == 0) {
      throw stale(current(actions, id, null), in.version());
    }
    audit(
        audit,
        product != null ? product : ProductService.current(h, cur.productId()),
        id,
        "action.updated",
        changes,
        actor);
    return JsonRows.action(actions.find(id).orElseThrow());
  }

  public void delete(long id, int version, String actor) {
    jdbi.useTransaction(
        h -> {
          ActionDao actions = h.attach(ActionDao.class);
          ActionRow cur = current(actions, id, version);
          if (actions.delete(id, version) == 0) {
            throw stale(current(actions, id, null), version);
          }
          audit(
              AuditSink.direct(h),
              ProductService.current(h, cur.productId()),
              id,
              "action.deleted",
              diff(cur, null),
              actor);
        });
  }

  private ActionRow current(ActionDao actions, long id, Integer expectedVersion) {
    ActionRow cur =
        actions.find(id).orElseThrow(() -> new UnknownEntityException("No action with id " + id));
    if (expectedVersion != null && cur.version() != expectedVersion) {
      throw stale(cur, expectedVersion);
    }
    return cur;
  }

  private void audit(
      AuditSink audit,
      ProductViewRow product,
      long actionId,
      String event,
      Changes changes,
      String actor) {
    audit.append(
        product.municipalityId(),
        product.id(),
        "action",
        actionId,
        event,
        actor,
        changes.toJson(json));
  }

  private static StaleVersionException stale(ActionRow cur, int sent) {
    return new StaleVersionException(
        "Action "
            + cur.id()
            + " was changed by someone else: it is at version "
            + cur.version()
            + ", the request was based on version "
            + sent
            + "; reload it and try again",
        JsonRows.action(cur));
  }

  private static Changes diff(ActionRow from, ActionRow to) {
    return new Changes()
        .diff("type", from == null ? null : from.type(), to == null ? null : to.type())
        .diff(
            "description",
            from == null ? null : from.description(),
            to == null ? null : to.description())
        .diff("owner", from == null ? null : from.owner(), to == null ? null : to.owner())
        .diff(
            "deadline",
            from == null || from.deadline() == null ? null : from.deadline().toString(),
            to == null || to.deadline() == null ? null : to.deadline().toString())
        .diff("status", from == null ? null : from.status(), to == null ? null : to.status());
  }
}
