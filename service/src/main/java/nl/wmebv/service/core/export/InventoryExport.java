package nl.wmebv.service.core.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.designation.Finding;
import nl.wmebv.service.db.ClusterSummaryRow;
import nl.wmebv.service.db.ExportActionRow;
import nl.wmebv.service.db.ExportDao;
import nl.wmebv.service.db.ExportProductRow;
import nl.wmebv.service.db.ProductQueryDao;
import org.jdbi.v3.core.Jdbi;

/**
 * The data of the exports, read with a server-side cursor (fetch size {@value
 * ExportDao#FETCH_SIZE}) inside a read-only transaction, so memory stays flat however many products
 * a municipality has.
 *
 * <p>Definitions (the same in every export and in the summary): the effective channel status is the
 * person's decision, else the detector's verdict mapped onto the same scale ({@link
 * ProductQueryDao#EFFECTIVE_STATUS}); "in scope" is {@code in_scope = true} (undecided products are
 * not counted); a working digital channel is an effective status DIGITAL. The action shown per
 * product is its leading action: the first not-DONE one by deadline, else the latest DONE one. The
 * evidence URL is the target of the first digital channel (e-form, national portal or e-mail) on
 * the page, preferring one whose check did not fail.
 */
public class InventoryExport {
  /** Shown for the products without a cluster. */
  public static final String NO_CLUSTER = "(geen cluster)";

  private final Jdbi jdbi;
  private final WeekStatusSnapshot weekStatuses;

  public InventoryExport(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.weekStatuses = new WeekStatusSnapshot(jdbi);
  }

  /**
   * The scope for a municipality id and an optional cluster id; 404 (UnknownEntityException) when
   * unknown.
   */
  public ExportScope scope(long municipalityId, Long clusterId) {
    return jdbi.withExtension(
        ExportDao.class,
        dao -> {
          String name =
              dao.municipalityName(municipalityId)
                  .orElseThrow(
                      () ->
                          new UnknownEntityException("No municipality with id " + municipalityId));
          if (clusterId == null) {
            return new ExportScope(municipalityId, name, null, null);
          }
          String cluster =
              dao.clusterName(clusterId, municipalityId)
                  .orElseThrow(
                      () ->
                          new UnknownEntityException(
                              "No cluster with id "
                                  + clusterId
                                  + " in municipality "
                                  + municipalityId));
          return new ExportScope(municipalityId, name, clusterId, cluster);
        });
  }

  /**
   * The scope by names (the command line); throws UnknownEntityException naming what was not found.
   */
  public ExportScope scope(String municipalityName, String clusterName) {
    long id =
        jdbi.withExtension(ExportDao.class, dao -> dao.municipalityId(municipalityName.strip()))
            .orElseThrow(
                () ->
                    new UnknownEntityException("No municipality named '" + municipalityName + "'"));
    if (clusterName == null) {
      return scope(id, null);
    }
    return scope(
        id,
        jdbi.withExtension(ExportDao.class, dao -> dao.clusterId(id, clusterName.strip()))
            .orElseThrow(
                () ->
                    new UnknownEntityException(
                        "No cluster named '" + clusterName + "' in " + municipalityName)));
  }

  /**
   * The SC feed discrepancies of the scope's municipality, for the "Afwijkingen" column and sheet.
   */
  public CatalogueDiscrepancies discrepancies(ExportScope scope) {
    return CatalogueDiscrepancies.load(jdbi, scope.municipalityId());
  }

  /**
   * The designation register's consistency findings for the scope (empty when nothing is amiss).
   */
  public List<Finding> designationFindings(ExportScope scope) {
    return DesignationFindings.of(jdbi, scope);
  }

  public List<ClusterSummary> summary(ExportScope scope) {
    return jdbi
        .withExtension(
            ExportDao.class, dao -> dao.summary(scope.municipalityId(), scope.clusterId()))
        .stream()
        .map(InventoryExport::summary)
        .toList();
  }

  public List<WeekProgress> progress(ExportScope scope) {
    weekStatuses.fill(scope.municipalityId());
    return jdbi
        .withExtension(
            ExportDao.class,
            dao -> dao.progress(scope.municipalityId(), scope.clusterId(), DutchTime.ZONE.getId()))
        .stream()
        .map(
            r ->
                new WeekProgress(
                    r.isoWeek(),
                    r.weekStart(),
                    r.clusterId(),
                    clusterName(r.clusterName()),
                    r.inScope(),
                    r.digital()))
        .toList();
  }

  /**
   * Streams the products of the scope (ordered by cluster as in {@link #summary}, then by name) to
   * {@code consumer}, inside one read-only transaction with a server-side cursor.
   */
  public void rows(ExportScope scope, Consumer<Stream<ExportRow>> consumer) {
    stream(
        dao -> dao.rows(scope.municipalityId(), scope.clusterId()), InventoryExport::row, consumer);
  }

  /** Streams every action of the scope's products (for the "Acties" sheet), like {@link #rows}. */
  public void actions(ExportScope scope, Consumer<Stream<ActionRow>> consumer) {
    stream(
        dao -> dao.actions(scope.municipalityId(), scope.clusterId()),
        (ExportActionRow r) ->
            new ActionRow(r.product(), r.type(), r.owner(), r.deadline(), r.status()),
        consumer);
  }

  private <R, T> void stream(
      Function<ExportDao, Stream<R>> query, Function<R, T> mapper, Consumer<Stream<T>> consumer) {
    // SET TRANSACTION READ ONLY, not Handle#setReadOnly, which outlives the handle (see ExportDao)
    jdbi.useTransaction(
        tx -> {
          ExportDao dao = tx.attach(ExportDao.class);
          dao.readOnlyTransaction();
          try (Stream<R> rows = query.apply(dao)) {
            consumer.accept(rows.map(mapper));
          }
        });
  }

  private static ClusterSummary summary(ClusterSummaryRow r) {
    return new ClusterSummary(
        r.clusterId(),
        clusterName(r.clusterName()),
        r.products(),
        r.inScope(),
        r.digital(),
        r.actionsOpen(),
        r.actionsInProgress(),
        r.actionsDone(),
        r.textNotReviewed(),
        r.textNeedsRewriting(),
        r.textRewritten(),
        r.textApproved());
  }

  private static ExportRow row(ExportProductRow r) {
    return new ExportRow(
        r.id(),
        r.name(),
        r.uniformName(),
        r.clusterId(),
        clusterName(r.clusterName()),
        r.url(),
        r.detectedChannelStatus(),
        r.channelStatusOverride(),
        r.effectiveStatus(),
        r.evidenceUrl(),
        r.inScope(),
        r.messageTypes() == null ? List.of() : List.copyOf(r.messageTypes()),
        r.actionType(),
        r.owner(),
        r.deadline(),
        r.actionStatus(),
        r.textStatus(),
        r.needsReview(),
        r.notes(),
        r.ownerEmail());
  }

  private static String clusterName(String name) {
    return name == null ? NO_CLUSTER : name;
  }
}
