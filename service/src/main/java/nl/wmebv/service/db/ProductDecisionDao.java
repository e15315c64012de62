package nl.wmebv.service.db;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The write side of a person's decisions on a product. Every update carries the version it read and
 * changes nothing (0 rows) when the product has moved on since; a successful one bumps the version.
 */
public interface ProductDecisionDao {
  /**
   * Writes all decision columns at once; 1 when written, 0 when the version is stale or the id
   * unknown.
   */
  @SqlUpdate(
      """
      UPDATE product SET cluster_id = :d.clusterId, cluster_set_by_person = :d.clusterSetByPerson,
             in_scope = :d.inScope, message_types = CAST(:d.messageTypes AS text[]),
             channel_status_override = :d.channelStatusOverride, text_status = :d.textStatus, notes = :d.notes,
             organ = :d.organ, owner_email = :d.ownerEmail,
             is_new = is_new AND NOT :d.reviewed, needs_review = needs_review AND NOT :d.reviewed,
             review_reason = CASE WHEN :d.reviewed THEN NULL ELSE review_reason END,
             version = version + 1, updated_at = now()
      WHERE id = :id AND version = :version""")
  int update(long id, int version, @BindMethods("d") ProductDecisions d);

  /** Puts the product in a cluster as a person's choice, which a crawl never overrides. */
  @SqlUpdate(
      """
      UPDATE product SET cluster_id = :clusterId, cluster_set_by_person = true, version = version + 1,
             updated_at = now()
      WHERE id = :id AND version = :version""")
  int updateCluster(long id, int version, Long clusterId);

  /**
   * Clears the new/needs-review flags and the review reason after a person looked at the product.
   */
  @SqlUpdate(
      """
      UPDATE product SET is_new = false, needs_review = false, review_reason = NULL, version = version + 1,
             updated_at = now()
      WHERE id = :id AND version = :version""")
  int markReviewed(long id, int version);
}
