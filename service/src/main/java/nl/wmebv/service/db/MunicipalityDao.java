package nl.wmebv.service.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Municipalities. */
@RegisterConstructorMapper(MunicipalityRow.class)
public interface MunicipalityDao {
  @SqlUpdate("INSERT INTO municipality (name, base_url) VALUES (:name, :baseUrl)")
  @GetGeneratedKeys
  MunicipalityRow insert(String name, String baseUrl);

  @SqlQuery("SELECT * FROM municipality WHERE id = :id")
  Optional<MunicipalityRow> find(long id);

  @SqlQuery("SELECT * FROM municipality WHERE name = :name")
  Optional<MunicipalityRow> findByName(String name);

  @SqlQuery("SELECT EXISTS (SELECT 1 FROM municipality WHERE id = :id)")
  boolean exists(long id);

  @SqlQuery("SELECT * FROM municipality ORDER BY name")
  List<MunicipalityRow> list();

  /**
   * The municipalities the user may see (issue 14 §5): all for an all-municipalities user, else the
   * assigned.
   */
  @SqlQuery(
      """
      SELECT m.* FROM municipality m
      WHERE EXISTS (SELECT 1 FROM app_user u WHERE u.id = :userId AND u.all_municipalities)
         OR EXISTS (SELECT 1 FROM user_municipality um WHERE um.user_id = :userId AND um.municipality_id = m.id)
      ORDER BY m.name""")
  List<MunicipalityRow> listVisibleTo(long userId);

  @SqlUpdate("UPDATE municipality SET base_url = :baseUrl WHERE id = :id")
  int updateBaseUrl(long id, String baseUrl);
}
