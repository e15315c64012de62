package nl.wmebv.service.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Products (producten en diensten) of a municipality. */
@RegisterConstructorMapper(ProductRow.class)
public interface ProductDao {
  @SqlUpdate(
      """
      INSERT INTO product (municipality_id, cluster_id, page_id, name, uniform_name, upl_uri, audience,
                           detected_channel_status)
      VALUES (:municipalityId, :clusterId, :pageId, :name, :uniformName, :uplUri, :audience, :detectedChannelStatus)""")
  @GetGeneratedKeys
  ProductRow insert(
      long municipalityId,
      Long clusterId,
      Long pageId,
      String name,
      String uniformName,
      String uplUri,
      String audience,
      String detectedChannelStatus);

  /** The owners' addresses of those of the products that have one. */
  @SqlQuery(
      "SELECT id, owner_email FROM product WHERE id = ANY(:ids) AND owner_email IS NOT NULL ORDER BY id")
  @RegisterConstructorMapper(ProductOwnerRow.class)
  List<ProductOwnerRow> owners(long[] ids);

  @SqlQuery("SELECT * FROM product WHERE id = :id")
  Optional<ProductRow> find(long id);

  /** The products of these pages (one query for a crawl's batch). */
  @SqlQuery("SELECT * FROM product WHERE page_id = ANY(:pageIds)")
  List<ProductRow> findByPages(long[] pageIds);

  @SqlQuery("SELECT * FROM product WHERE municipality_id = :municipalityId ORDER BY name, id")
  List<ProductRow> listByMunicipality(long municipalityId);

  /** Per cluster (0 = none): products whose page the crawler found a working digital channel on. */
  @SqlQuery(
      """
      SELECT COALESCE(cluster_id, 0) AS cluster_id, count(*) FILTER (WHERE detected_channel_status = 'DIGITAL')
      FROM product WHERE municipality_id = :municipalityId AND NOT is_gone GROUP BY 1""")
  @KeyColumn("cluster_id")
  @ValueColumn("count")
  Map<Long, Long> detectedDigitalByCluster(long municipalityId);

  /**
   * The page URLs the municipality's SC feed declares: crawl seeds, so unlinked pages are found
   * too.
   */
  @SqlQuery(
      "SELECT feed_page_url FROM product WHERE municipality_id = :municipalityId AND feed_page_url IS NOT NULL")
  List<String> feedPageUrls(long municipalityId);

  /** A product imported from the feed whose page the crawl has not linked yet. */
  @SqlQuery(
      """
      SELECT * FROM product WHERE municipality_id = :municipalityId AND page_id IS NULL
        AND feed_page_url IN (<urls>) ORDER BY id LIMIT 1""")
  Optional<ProductRow> findUnlinkedByFeedUrl(
      long municipalityId, @BindList("urls") List<String> urls);

  /** Links a feed product to its crawled page and records the detector's verdict. */
  @SqlUpdate(
      """
      UPDATE product SET page_id = :pageId, detected_channel_status = :status,
                         uniform_name = COALESCE(uniform_name, :uniformName), upl_uri = COALESCE(upl_uri, :uplUri),
                         updated_at = now(), version = version + 1
      WHERE id = :id""")
  int linkPage(long id, long pageId, String status, String uniformName, String uplUri);

  /** A product found by a crawl: marked new and flagged for review. */
  @SqlUpdate(
      """
      INSERT INTO product (municipality_id, cluster_id, page_id, name, uniform_name, upl_uri, audience,
                           detected_channel_status, is_new, needs_review, review_reason)
      VALUES (:municipalityId, :clusterId, :pageId, :name, :uniformName, :uplUri, :audience,
              :detectedChannelStatus, true, true, :reason)""")
  @GetGeneratedKeys
  ProductRow insertFound(
      long municipalityId,
      Long clusterId,
      long pageId,
      String name,
      String uniformName,
      String uplUri,
      String audience,
      String detectedChannelStatus,
      String reason);

  /** Updates what the detector saw; never touches what a person decided. */
  @SqlUpdate(
      """
      UPDATE product SET detected_channel_status = :status, uniform_name = COALESCE(uniform_name, :uniformName),
                         upl_uri = COALESCE(upl_uri, :uplUri), updated_at = now(), version = version + 1
      WHERE id = :id""")
  int updateDetected(long id, String status, String uniformName, String uplUri);

  /**
   * Flags the product for review with a reason (channel changed, page gone or back) and records the
   * detector's new status and whether the page is gone. Bumps the version, so a person who read the
   * old state must look again before clearing the flag.
   */
  @SqlUpdate(
      """
      UPDATE product SET detected_channel_status = COALESCE(:status, detected_channel_status), is_gone = :gone,
                         needs_review = true, review_reason = :reason, updated_at = now(), version = version + 1
      WHERE id = :id""")
  int flag(long id, String status, boolean gone, String reason);

  /** A person's update of cluster and scope; 0 rows when the version is stale. */
  @SqlUpdate(
      """
      UPDATE product SET cluster_id = :clusterId, in_scope = :inScope, updated_at = now(), version = version + 1
      WHERE id = :id AND version = :version""")
  int updateDecision(long id, int version, Long clusterId, Boolean inScope);

  /**
   * Takes a product out of the inventory (gone) or puts it back by a person's verdict on its page,
   * with the reason; no review flag: the person decided. Bumps the version.
   */
  @SqlUpdate(
      """
      UPDATE product SET is_gone = :gone, review_reason = :reason, updated_at = now(), version = version + 1
      WHERE id = :id""")
  int setGoneByPerson(long id, boolean gone, String reason);

  @SqlQuery(
      "SELECT id FROM product WHERE municipality_id = :municipalityId AND cluster_id = :clusterId")
  List<Long> idsInCluster(long municipalityId, long clusterId);

  /** True when a product of the municipality came from its SC feed (the feed columns apply). */
  @SqlQuery(
      "SELECT EXISTS (SELECT 1 FROM product WHERE municipality_id = :municipalityId AND feed_page_url IS NOT NULL)")
  boolean hasFeedProducts(long municipalityId);
}
