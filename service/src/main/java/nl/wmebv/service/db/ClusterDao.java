package nl.wmebv.service.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The editable list of clusters per municipality. */
@RegisterConstructorMapper(ClusterRow.class)
public interface ClusterDao {
  /** The default clusters a new municipality starts with. */
  List<String> DEFAULTS =
      List.of(
          "Burgerzaken",
          "Sociaal Domein",
          "Ruimte en Omgeving",
          "Belastingen",
          "Openbare Ruimte",
          "Economie en Vergunningen",
          "Bestuur en Organisatie");

  @SqlQuery(
      """
      INSERT INTO cluster (municipality_id, name, position) VALUES (:municipalityId, :name, :position)
      ON CONFLICT (municipality_id, name) DO UPDATE SET position = cluster.position
      RETURNING id, municipality_id, name, position""")
  ClusterRow upsert(long municipalityId, String name, int position);

  @SqlQuery(
      "SELECT id, municipality_id, name, position FROM cluster WHERE municipality_id = :municipalityId ORDER BY position, name")
  List<ClusterRow> list(long municipalityId);

  @SqlUpdate("DELETE FROM cluster WHERE id = :id")
  int delete(long id);

  /** Creates the default clusters that are missing. */
  default List<ClusterRow> ensureDefaults(long municipalityId) {
    for (int i = 0; i < DEFAULTS.size(); i++) {
      upsert(municipalityId, DEFAULTS.get(i), i + 1);
    }
    return list(municipalityId);
  }
}
