package nl.wmebv.service.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The products the cluster rules may move again (those whose cluster no person chose), and the move
 * itself.
 */
@RegisterConstructorMapper(RuleCandidateRow.class)
public interface RuleClusterDao {
  @SqlQuery(
      """
      SELECT p.id, p.name, p.uniform_name, pg.url, p.cluster_id
      FROM product p LEFT JOIN page pg ON pg.id = p.page_id
      WHERE p.municipality_id = :municipalityId AND NOT p.cluster_set_by_person
      ORDER BY p.name, p.id""")
  List<RuleCandidateRow> candidates(long municipalityId);

  /**
   * Moves the product by the rules; 0 rows when a person chose its cluster or it moved since it was
   * read, so a person's choice made meanwhile is never overwritten. Bumps the version.
   */
  @SqlUpdate(
      """
      UPDATE product SET cluster_id = :to, version = version + 1, updated_at = now()
      WHERE id = :id AND NOT cluster_set_by_person AND cluster_id IS NOT DISTINCT FROM CAST(:from AS bigint)""")
  int move(long id, Long from, Long to);
}
