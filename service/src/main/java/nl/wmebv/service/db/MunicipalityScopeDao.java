package nl.wmebv.service.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Which municipalities a user may see (issue 14 §5), and which municipality an entity belongs to.
 */
public interface MunicipalityScopeDao {
  @SqlQuery("SELECT all_municipalities FROM app_user WHERE id = :userId")
  Optional<Boolean> allMunicipalities(long userId);

  @SqlQuery(
      "SELECT municipality_id FROM user_municipality WHERE user_id = :userId ORDER BY municipality_id")
  List<Long> assigned(long userId);

  /** The ids among the given ones that name no municipality: an assignment of those is refused. */
  @SqlQuery(
      """
      SELECT x FROM unnest(ARRAY[<ids>]::bigint[]) AS x
      WHERE NOT EXISTS (SELECT 1 FROM municipality m WHERE m.id = x) ORDER BY x""")
  List<Long> unknownMunicipalities(@BindList("ids") List<Long> ids);

  @SqlUpdate("UPDATE app_user SET all_municipalities = :all WHERE id = :userId")
  int setAllMunicipalities(long userId, boolean all);

  @SqlUpdate("DELETE FROM user_municipality WHERE user_id = :userId")
  void clear(long userId);

  @SqlBatch(
      "INSERT INTO user_municipality (user_id, municipality_id) VALUES (:userId, :municipalityId)")
  void assign(long userId, List<Long> municipalityId);

  /**
   * Replaces the user's access in one transaction: a reader sees the old or the new access, never
   * half.
   */
  @Transaction
  default int replace(long userId, boolean all, List<Long> municipalityIds) {
    int changed = setAllMunicipalities(userId, all);
    clear(userId);
    if (!municipalityIds.isEmpty()) {
      assign(userId, municipalityIds);
    }
    return changed;
  }

  /** Assigns the municipality to the user unless the user sees all municipalities already. */
  @SqlUpdate(
      """
      INSERT INTO user_municipality (user_id, municipality_id)
      SELECT id, :municipalityId FROM app_user WHERE id = :userId AND NOT all_municipalities
      ON CONFLICT DO NOTHING""")
  int assignIfScoped(long userId, long municipalityId);

  @SqlQuery("SELECT municipality_id FROM site WHERE id = :id")
  Optional<Long> ofSite(long id);

  @SqlQuery("SELECT municipality_id FROM product WHERE id = :id")
  Optional<Long> ofProduct(long id);

  @SqlQuery(
      "SELECT p.municipality_id FROM action a JOIN product p ON p.id = a.product_id WHERE a.id = :id")
  Optional<Long> ofAction(long id);

  @SqlQuery(
      "SELECT s.municipality_id FROM crawl_run r JOIN site s ON s.id = r.site_id WHERE r.id = :id")
  Optional<Long> ofCrawlRun(long id);

  @SqlQuery("SELECT municipality_id FROM cluster WHERE id = :id")
  Optional<Long> ofCluster(long id);

  @SqlQuery("SELECT municipality_id FROM cluster_session WHERE id = :id")
  Optional<Long> ofSession(long id);

  @SqlQuery("SELECT municipality_id FROM designated_channel WHERE id = :id")
  Optional<Long> ofDesignatedChannel(long id);

  @SqlQuery("SELECT municipality_id FROM cluster_rule WHERE id = :id")
  Optional<Long> ofClusterRule(long id);
}
