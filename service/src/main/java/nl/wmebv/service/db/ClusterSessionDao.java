package nl.wmebv.service.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Cluster sessions and the decisions they recorded per product. */
@RegisterConstructorMapper(ClusterSessionRow.class)
@RegisterConstructorMapper(SessionDecisionRow.class)
@RegisterConstructorMapper(SessionProductRow.class)
@RegisterConstructorMapper(SessionPositionRow.class)
public interface ClusterSessionDao {
  String SELECT =
      """
      SELECT s.id, s.municipality_id, m.name AS municipality_name, s.cluster_id, c.name AS cluster_name,
             s.planned_at, s.participants, s.status, s.started_at, s.finished_at, s.created_by, s.created_at,
             (SELECT count(*) FROM session_decision d WHERE d.session_id = s.id) AS decisions
        FROM cluster_session s
        JOIN municipality m ON m.id = s.municipality_id
        JOIN cluster c ON c.id = s.cluster_id""";

  @SqlQuery(
      """
      INSERT INTO cluster_session (municipality_id, cluster_id, planned_at, participants, created_by)
      SELECT c.municipality_id, c.id, :plannedAt, :participants, :createdBy FROM cluster c WHERE c.id = :clusterId
      RETURNING id""")
  Optional<Long> insert(
      long clusterId, OffsetDateTime plannedAt, String participants, String createdBy);

  @SqlQuery(SELECT + " ORDER BY m.name, s.planned_at DESC, s.id DESC")
  List<ClusterSessionRow> list();

  /** The sessions of the municipalities the user may see (issue 14 §5). */
  @SqlQuery(
      SELECT
          + """

      WHERE EXISTS (SELECT 1 FROM app_user u WHERE u.id = :userId AND u.all_municipalities)
         OR EXISTS (SELECT 1 FROM user_municipality um WHERE um.user_id = :userId
                      AND um.municipality_id = s.municipality_id)
      ORDER BY m.name, s.planned_at DESC, s.id DESC""")
  List<ClusterSessionRow> listVisibleTo(long userId);

  @SqlQuery(SELECT + " WHERE s.id = :id")
  Optional<ClusterSessionRow> find(long id);

  /**
   * Locks the session row until the transaction ends (decisions of one session are recorded one by
   * one).
   */
  @SqlQuery("SELECT status FROM cluster_session WHERE id = :id FOR UPDATE")
  Optional<String> lockStatus(long id);

  /** The municipality of a cluster (to check a session stays within its municipality). */
  @SqlQuery("SELECT municipality_id FROM cluster WHERE id = :clusterId")
  Optional<Long> clusterMunicipality(long clusterId);

  /**
   * Changes a planned session (a null leaves that field as it is); 0 when it is not planned (any
   * more).
   */
  @SqlUpdate(
      """
      UPDATE cluster_session SET cluster_id = COALESCE(:clusterId, cluster_id),
             planned_at = COALESCE(:plannedAt, planned_at), participants = COALESCE(:participants, participants)
       WHERE id = :id AND status = 'PLANNED'""")
  int updatePlanned(long id, Long clusterId, OffsetDateTime plannedAt, String participants);

  /** Deletes a planned session (it has no decisions yet); 0 when it is not planned. */
  @SqlUpdate("DELETE FROM cluster_session WHERE id = :id AND status = 'PLANNED'")
  int deletePlanned(long id);

  /**
   * Starts a planned session with its chair (null: the first editor who opens a product chairs it).
   */
  @SqlUpdate(
      """
      UPDATE cluster_session SET status = 'IN_PROGRESS', started_at = coalesce(started_at, now()), chair = :chair
       WHERE id = :id AND status = 'PLANNED'""")
  int start(long id, String chair);

  /** Who chairs the session and the product on the chair's screen. */
  @SqlQuery("SELECT chair, current_product_id, current_since FROM cluster_session WHERE id = :id")
  Optional<SessionPositionRow> position(long id);

  /** Makes {@code chair} the chair of a session in progress; 0 when it is not in progress. */
  @SqlUpdate("UPDATE cluster_session SET chair = :chair WHERE id = :id AND status = 'IN_PROGRESS'")
  int takeChair(long id, String chair);

  /**
   * Records the product on the chair's screen, for a session in progress whose chair is {@code
   * user} (or that has none yet: then {@code user} becomes its chair); 0 otherwise. The time is
   * kept when the product stays.
   */
  @SqlUpdate(
      """
      UPDATE cluster_session SET chair = :user, current_product_id = :productId,
             current_since = CASE WHEN current_product_id IS DISTINCT FROM :productId THEN now() ELSE current_since END
       WHERE id = :id AND status = 'IN_PROGRESS' AND (chair IS NULL OR chair = :user)""")
  int moveChair(long id, String user, long productId);

  @SqlUpdate(
      "UPDATE cluster_session SET status = 'DONE', finished_at = now() WHERE id = :id AND status = 'IN_PROGRESS'")
  int finish(long id);

  /**
   * The session's products by name: those in its cluster now, and those it already decided on (so a
   * product the session moved to another cluster stays in its list).
   */
  @SqlQuery(
      """
      SELECT p.id, p.name FROM product p
       WHERE p.cluster_id = :clusterId
          OR p.id IN (SELECT d.product_id FROM session_decision d WHERE d.session_id = :sessionId)
       ORDER BY lower(p.name), p.id""")
  List<SessionProductRow> products(long sessionId, long clusterId);

  /** The ids of {@link #products}, in the same order. */
  default List<Long> productIds(long sessionId, long clusterId) {
    return products(sessionId, clusterId).stream().map(SessionProductRow::id).toList();
  }

  @SqlUpdate(
      """
      INSERT INTO session_decision (session_id, product_id, decided_by, decision)
      VALUES (:sessionId, :productId, :decidedBy, CAST(:decision AS jsonb))
      ON CONFLICT (session_id, product_id) DO UPDATE
         SET decided_by = EXCLUDED.decided_by, decided_at = now(), decision = EXCLUDED.decision""")
  void upsertDecision(long sessionId, long productId, String decidedBy, String decision);

  @SqlQuery(
      """
      SELECT d.id, d.session_id, d.product_id, p.name AS product_name, d.decided_by, d.decided_at,
             d.decision::text AS decision
        FROM session_decision d JOIN product p ON p.id = d.product_id
       WHERE d.session_id = :sessionId
       ORDER BY lower(p.name), p.id""")
  List<SessionDecisionRow> decisions(long sessionId);
}
