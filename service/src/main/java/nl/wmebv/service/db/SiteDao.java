package nl.wmebv.service.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sites of municipalities. */
@RegisterConstructorMapper(SiteRow.class)
public interface SiteDao {
  @SqlUpdate(
      """
      INSERT INTO site (municipality_id, base_url, include_patterns, exclude_patterns)
      VALUES (:municipalityId, :baseUrl, :includePatterns, :excludePatterns)""")
  @GetGeneratedKeys
  SiteRow insert(
      long municipalityId, String baseUrl, String[] includePatterns, String[] excludePatterns);

  @SqlQuery("SELECT * FROM site WHERE id = :id")
  Optional<SiteRow> find(long id);

  @SqlQuery(
      """
      SELECT m.name AS municipality_name, s.base_url FROM site s JOIN municipality m ON m.id = s.municipality_id
      WHERE s.id = :id""")
  @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(SiteLabelRow.class)
  Optional<SiteLabelRow> label(long id);

  @SqlQuery("SELECT * FROM site WHERE municipality_id = :municipalityId ORDER BY id")
  List<SiteRow> listByMunicipality(long municipalityId);

  @SqlUpdate("UPDATE site SET base_url = :baseUrl WHERE id = :id")
  int updateBaseUrl(long id, String baseUrl);

  @SqlUpdate("UPDATE site SET extra_hosts = :hosts WHERE id = :id")
  int updateExtraHosts(long id, String[] hosts);

  @SqlUpdate(
      "UPDATE site SET include_patterns = :includes, exclude_patterns = :excludes WHERE id = :id")
  int updatePatterns(long id, String[] includes, String[] excludes);
}
