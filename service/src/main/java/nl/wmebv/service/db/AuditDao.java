package nl.wmebv.service.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The append-only audit trail: who changed what, when, from what to what. */
@RegisterConstructorMapper(AuditEventRow.class)
public interface AuditDao {
  /** Actor name used for changes made by a crawl. */
  String CRAWLER = "crawler";

  String COLUMNS =
      "id, municipality_id, product_id, entity_type, entity_id, event, actor, changes::text AS changes, at";

  /** Appends an event; {@code changes} is a JSON object {"field": {"from": .., "to": ..}, ...}. */
  @SqlUpdate(
      """
      INSERT INTO audit_event (municipality_id, product_id, entity_type, entity_id, event, actor, changes)
      VALUES (:municipalityId, :productId, :entityType, :entityId, :event, :actor, CAST(:changes AS jsonb))""")
  void append(
      long municipalityId,
      Long productId,
      String entityType,
      Long entityId,
      String event,
      String actor,
      String changes);

  /** Appends many events in one JDBC batch, in order (an import's thousands of rows). */
  @SqlBatch(
      """
      INSERT INTO audit_event (municipality_id, product_id, entity_type, entity_id, event, actor, changes)
      VALUES (:municipalityId, :productId, :entityType, :entityId, :event, :actor, CAST(:changes AS jsonb))""")
  void appendAll(@BindMethods List<AuditEntry> entries);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM audit_event WHERE product_id = :productId ORDER BY at DESC, id DESC")
  List<AuditEventRow> forProduct(long productId);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM audit_event WHERE municipality_id = :municipalityId
      ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset""")
  List<AuditEventRow> forMunicipality(long municipalityId, int limit, int offset);
}
