package nl.wmebv.service.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A person's edits of a municipality's cluster list (a duplicate name is a unique violation). */
@RegisterConstructorMapper(ClusterRow.class)
public interface ClusterEditDao {
  @SqlQuery(
      """
      INSERT INTO cluster (municipality_id, name, position)
      VALUES (:municipalityId, :name, COALESCE(:position,
              (SELECT COALESCE(max(position), 0) + 1 FROM cluster WHERE municipality_id = :municipalityId)))
      RETURNING id, municipality_id, name, position""")
  ClusterRow insert(long municipalityId, String name, Integer position);

  @SqlQuery(
      "SELECT id, municipality_id, name, position FROM cluster WHERE municipality_id = :municipalityId AND id = :id")
  Optional<ClusterRow> find(long municipalityId, long id);

  /** Renames and/or moves a cluster; a null leaves that field as it is. */
  @SqlQuery(
      """
      UPDATE cluster SET name = COALESCE(:name, name), position = COALESCE(:position, position)
       WHERE municipality_id = :municipalityId AND id = :id
      RETURNING id, municipality_id, name, position""")
  Optional<ClusterRow> update(long municipalityId, long id, String name, Integer position);

  /** How many cluster sessions (planned, in progress or done) are about this cluster. */
  @SqlQuery("SELECT count(*) FROM cluster_session WHERE cluster_id = :id")
  long countSessions(long id);

  @SqlUpdate("DELETE FROM cluster WHERE municipality_id = :municipalityId AND id = :id")
  int delete(long municipalityId, long id);
}
